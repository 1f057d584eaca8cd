// The site was built into the configured output folder, with math and the computed figure, and
// the strict check ran in 'verify' and found nothing.
def page = new File(basedir, 'target/site/blog/weights/index.html')
assert page.isFile() : "no page at $page"
def html = page.getText('UTF-8')
assert html.contains('class="katex"')
// The computed figure is a link to its source; its number and unit are joined by a no-break space.
assert html =~ /take <span class="nowrap"><a class="calc-value" title="weights -&gt; TB \| sig 2\n[^"]*" href="#calc-1"[^>]*>1\.6\u00a0TB<\/a>,<\/span> that is/
assert html.contains('<section class="figure-sources" id="figure-sources"')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('checked 1 page: 0 errors, 0 warnings')
assert !new File(basedir, 'public').exists() : 'the output folder was configured'
return true
