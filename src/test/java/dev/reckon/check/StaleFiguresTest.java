package dev.reckon.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reckon.data.DataSetLoader;
import dev.reckon.diag.Diagnostic;
import dev.reckon.js.SharedJs;
import dev.reckon.math.SharedKatex;
import dev.reckon.site.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reckon check warns when a published number uses a dated figure older than the site allows. */
class StaleFiguresTest {
    @TempDir
    Path site;

    private List<Diagnostic> check(String siteYaml) throws IOException {
        TestSites.themedSite(site, "title: Prices\nbase_url: https://example.org/\n" + siteYaml);
        Files.createDirectories(site.resolve("content/data"));
        Files.writeString(site.resolve("content/data/prices.yaml"), """
                kind: accelerator
                records:
                  h100_sxm:
                    source: https://example.com/notes
                    confirmed: S
                    data:
                      cloud_price:
                        aws: {value: 3.93 USD/(GPU*h), as_of: 2024-06-01, source: https://aws.amazon.com/ec2/pricing/}
                        gcp: {value: 3.00 USD/(GPU*h), as_of: 2025-10, source: https://cloud.google.com/compute/gpus-pricing}
                """);
        Files.writeString(site.resolve("content/posts/prices.md"), """
                ---
                title: Prices
                date: 2025-12-01
                description: what an H100 hour costs
                ---
                AWS asks `= h100.cloud_price.aws`, and a day is `= h100.cloud_price.aws * 24 h * 1 GPU`.

                Google asks `= h100.cloud_price.gcp`.

                ```calc
                unused = h100.cloud_price.aws
                ```
                """);
        var check = new SiteCheck(SharedJs.get(), SharedKatex::get,
                DataSetLoader.withSiteFiles(DataSetLoader.bundled(), site, List.of(site.resolve("content/data/prices.yaml"))), null);
        return check.run(new SiteCheck.Options(site, false, false, TestSites.TODAY, false)).problems().stream()
                .filter(d -> d.message().contains("is dated")).toList();
    }

    @Test
    void anOldFigureIsNamedWithItsDateAtItsFirstUseOnce() throws IOException {
        List<Diagnostic> stale = check("");
        assertEquals(1, stale.size(), stale.toString());
        Diagnostic d = stale.get(0);
        assertEquals("'h100_sxm.cloud_price.aws' is dated 2024-06-01, 19 months ago (more than 12)", d.message());
        assertEquals("content/posts/prices.md:6:13", d.span().location());
        assertEquals("AWS asks `= h100.cloud_price.aws`, and a day is `= h100.cloud_price.aws * 24 h * 1 GPU`.", d.sourceLine());
        assertEquals("check it against its source (https://aws.amazon.com/ec2/pricing/) and update value and as_of in a data file,"
                + " or set stale_after_months in site.yaml", d.hint());
    }

    @Test
    void theSiteSetsTheAge() throws IOException {
        assertEquals(List.of("'h100_sxm.cloud_price.aws' is dated 2024-06-01, 19 months ago (more than 2)",
                        "'h100_sxm.cloud_price.gcp' is dated 2025-10, 2 months ago (more than 2)"),
                check("stale_after_months: 2\n").stream().map(Diagnostic::message).toList());
        assertEquals(List.of(), check("stale_after_months: 24\n"));
    }
}
