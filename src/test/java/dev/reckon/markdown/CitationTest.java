package dev.reckon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reckon.bib.BibTeXReader;
import dev.reckon.bib.Bibliography;
import dev.reckon.diag.Diagnostic;
import dev.reckon.markdown.cite.CiteExtension;
import dev.reckon.markdown.cite.PageBibliography;
import dev.reckon.markdown.math.MathExtension;
import dev.reckon.math.SharedKatex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Citations and the References section (issue 18, item 9) over BibTeX read by JBibTeX. */
class CitationTest {
    static final String BIB = """
            @article{kaplan2020,
              author = {Kaplan, Jared and McCandlish, Sam and Henighan, Tom},
              title = {Scaling Laws for Neural Language Models},
              journal = {arXiv preprint},
              year = {2020},
              eprint = {2001.08361},
              archivePrefix = {arXiv}
            }
            @inproceedings{hoffmann2022,
              author = {Jordan Hoffmann and Sebastian Borgeaud and others},
              title = {Training Compute-Optimal Large Language Models},
              booktitle = {Advances in Neural Information Processing Systems},
              volume = {35},
              pages = {30016--30030},
              year = 2022,
              doi = {10.48550/arXiv.2203.15556}
            }
            @misc{williams2009,
              author = {Samuel Williams and Andrew Waterman},
              title = {Roofline: An Insightful Visual Performance Model},
              year = {2009},
              url = {https://example.org/roofline}
            }
            @misc{williams2009b,
              author = {Williams, Samuel and Waterman, Andrew},
              title = {A Second Note by {G}{\\"o}del's Fans},
              year = {2009},
              month = jan
            }
            @misc{deepseek2024,
              author = {{DeepSeek-AI}},
              title = {DeepSeek-V3 Technical Report},
              year = {2024}
            }
            """;

    private static final MarkdownRenderer AUTHOR_YEAR = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get()));
    private static final MarkdownRenderer NUMBERED = new MarkdownRenderer(new MutableDataSet()
            .set(MathExtension.RENDERER, SharedKatex.get())
            .set(CiteExtension.STYLE, CiteExtension.Style.NUMBERED));

    private static RenderedMarkdown render(MarkdownRenderer renderer, String markdown, PageBibliography bibliography) {
        String file = "---\ntitle: t\ndate: 2024-01-10\n---\n" + markdown;
        return renderer.render("post.md", markdown, 5, file.split("\n", -1),
                new MutableDataSet().set(CiteExtension.PAGE_BIBLIOGRAPHY, bibliography));
    }

    private static PageBibliography bibliography() {
        List<Diagnostic> problems = new ArrayList<>();
        Bibliography entries = BibTeXReader.read("content/references.bib", BIB, problems);
        assertEquals(List.of(), problems);
        TreeMap<String, String> files = new TreeMap<>();
        files.put("content/references.bib", "abc");
        return new PageBibliography(entries, files, List.of(), true);
    }

    @Test
    void authorYearCitationsLinkToAReferenceListSortedByAuthor() {
        RenderedMarkdown out = render(AUTHOR_YEAR, "Laws [@kaplan2020; see @hoffmann2022, p. 3] hold, as "
                + "@kaplan2020 found; rooflines [-@williams2009; @williams2009b] and @deepseek2024.", bibliography());
        assertEquals(List.of(), out.problems());
        String html = out.html();
        assertTrue(html.contains("<span class=\"citation\">(<a href=\"#ref-kaplan2020\" class=\"cite\">Kaplan et al., 2020</a>; "
                + "see <a href=\"#ref-hoffmann2022\" class=\"cite\">Hoffmann et al., 2022</a>, p. 3)</span>"), html);
        assertTrue(html.contains("<a href=\"#ref-kaplan2020\" class=\"cite\">Kaplan et al. (2020)</a>"), html);
        assertTrue(html.contains(">2009b</a>; <a href=\"#ref-williams2009b\" class=\"cite\">Williams and Waterman, 2009a</a>)"),
                "a and b follow the titles' order: " + html);
        assertTrue(html.contains("<section class=\"references\" id=\"references\">\n<h2>References</h2>\n<ul class=\"references\">"), html);
        assertTrue(html.contains("<li id=\"ref-deepseek2024\">DeepSeek-AI (2024). DeepSeek-V3 Technical Report. </li>"), html);
        assertTrue(html.contains("<li id=\"ref-hoffmann2022\">Hoffmann, J., Borgeaud, S., et al. (2022). Training Compute-Optimal "
                + "Large Language Models. <i>Advances in Neural Information Processing Systems</i>, 35, 30016–30030. "
                + "<a href=\"https://doi.org/10.48550/arXiv.2203.15556\">https://doi.org/10.48550/arXiv.2203.15556</a></li>"), html);
        assertTrue(html.contains("Kaplan, J., McCandlish, S., &amp; Henighan, T. (2020)"), html);
        assertTrue(html.contains("<a href=\"https://arxiv.org/abs/2001.08361\">"), html);
        assertTrue(html.contains("A Second Note by Gödel’s Fans.") || html.contains("A Second Note by Gödel's Fans."), html);
        int deepseek = html.indexOf("id=\"ref-deepseek2024\"");
        int hoffmann = html.indexOf("id=\"ref-hoffmann2022\"");
        int williams = html.indexOf("id=\"ref-williams2009b\"");
        assertTrue(deepseek < hoffmann && hoffmann < williams, "sorted by author");
        assertEquals(Map.of("bib content/references.bib", "abc"), out.dependencies());
    }

    @Test
    void numberedCitationsFollowTheOrderOfFirstCitation() {
        RenderedMarkdown out = render(NUMBERED, "First [@hoffmann2022], then @kaplan2020 and [@kaplan2020, p. 2; @hoffmann2022].",
                bibliography());
        assertEquals(List.of(), out.problems());
        String html = out.html();
        assertTrue(html.contains("[<a href=\"#ref-hoffmann2022\" class=\"cite\">1</a>]"), html);
        assertTrue(html.contains("Kaplan et al. [<a href=\"#ref-kaplan2020\" class=\"cite\">2</a>]"), html);
        assertTrue(html.contains("[<a href=\"#ref-kaplan2020\" class=\"cite\">2</a>, p. 2, <a href=\"#ref-hoffmann2022\" class=\"cite\">1</a>]"), html);
        assertTrue(html.indexOf("id=\"ref-hoffmann2022\"") < html.indexOf("id=\"ref-kaplan2020\""), html);
        assertTrue(html.contains("<ol class=\"references\">"), html);
    }

    @Test
    void unknownKeyIsAPositionedErrorWithASuggestion() {
        RenderedMarkdown out = render(AUTHOR_YEAR, "Text.\n\nAs [@kaplan2021] says.", bibliography());
        Diagnostic d = out.problems().get(0);
        assertEquals("unknown citation key 'kaplan2021'", d.message());
        assertEquals("post.md:7:6", d.span().location());
        assertEquals("did you mean 'kaplan2020'?", d.hint());
    }

    @Test
    void withoutABibliographyAHandleIsTextButABracketedCitationIsAnError() {
        PageBibliography none = new PageBibliography(Bibliography.EMPTY, new TreeMap<>(), List.of(), false);
        RenderedMarkdown handle = render(AUTHOR_YEAR, "Ask @someone or mail a@b.org.", none);
        assertEquals(List.of(), handle.problems());
        assertFalse(handle.html().contains("citation"), handle.html());
        RenderedMarkdown bracketed = render(AUTHOR_YEAR, "As [@kaplan2020].", none);
        assertEquals("unknown citation key 'kaplan2020'", bracketed.problems().get(0).message());
        assertTrue(bracketed.problems().get(0).hint().startsWith("this page has no bibliography"));
    }

    @Test
    void builtInWorksAreCitableWithoutAFileWhileOtherHandlesStayText() {
        Bibliography builtIn = BibTeXReader.read("built-in", BIB, new ArrayList<>());
        MarkdownRenderer renderer = new MarkdownRenderer(new MutableDataSet()
                .set(MathExtension.RENDERER, SharedKatex.get())
                .set(CiteExtension.BUILT_IN, builtIn));
        PageBibliography none = new PageBibliography(Bibliography.EMPTY, new TreeMap<>(), List.of(), false);
        RenderedMarkdown out = render(renderer, "As [@kaplan2020] and @hoffmann2022 showed, ask @someone.", none);
        assertEquals(List.of(), out.problems());
        assertTrue(out.html().contains("(<a href=\"#ref-kaplan2020\" class=\"cite\">Kaplan et al., 2020</a>)"), out.html());
        assertTrue(out.html().contains("Hoffmann et al. (2022)</a>"), out.html());
        assertTrue(out.html().contains("ask @someone."), out.html());
        assertTrue(out.html().contains("id=\"ref-hoffmann2022\""), out.html());
    }

    @Test
    void linksAndEmailsAreNotCitations() {
        RenderedMarkdown out = render(AUTHOR_YEAR, "[@kaplan2020](https://x.org) and me@kaplan2020.org and `@kaplan2020`.", bibliography());
        assertEquals(List.of(), out.problems());
        assertFalse(out.html().contains("class=\"citation\""), out.html());
        assertFalse(out.html().contains("References"), out.html());
    }

    @Test
    void bibTeXMistakesArePositioned() {
        List<Diagnostic> problems = new ArrayList<>();
        BibTeXReader.read("refs.bib", "@misc{a, title = {A}}\n@misc{a, title = {B}}\n", problems);
        assertEquals("the BibTeX key 'a' is defined twice", problems.get(0).message());
        assertEquals("refs.bib:2:7", problems.get(0).span().location());
        problems.clear();
        BibTeXReader.read("refs.bib", "@misc{a, title = {A}}\n\n@misc{b, title = {B}\n", problems);
        assertTrue(problems.get(0).message().startsWith("BibTeX syntax error"), problems.toString());
        assertEquals(3, problems.get(0).span().line(), problems.toString());
    }
}
