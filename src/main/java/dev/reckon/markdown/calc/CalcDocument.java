package dev.reckon.markdown.calc;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.reckon.calc.CalcException;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.ListingLine;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.diag.ReckonException;
import dev.reckon.diag.SourceSpan;
import dev.reckon.markdown.page.PageContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's calculation state: its engine session, and the results of its definition blocks,
 * which run before anything renders so that prose may use a value defined further down.
 */
final class CalcDocument {
    private static final NullableDataKey<CalcDocument> KEY = new NullableDataKey<>("RECKON_CALC_DOCUMENT");
    /** Prefix of a page's dependency on one name looked up in the data set. */
    static final String DATA_DEPENDENCY = "data ";

    private final Session session;
    private final Map<Node, List<ListingLine>> listings = new IdentityHashMap<>();

    private CalcDocument(Session session) {
        this.session = session;
    }

    /**
     * Prepares a document before it renders: a fresh session that records every data-set lookup as a
     * dependency of the page, then every definition block in order.
     */
    static void prepare(Document document, Calculator calculator) {
        PageContext page = PageContext.KEY.get(document);
        CalcDocument calc = new CalcDocument(calculator.newSession(
                name -> page.dependsOn(DATA_DEPENDENCY + name, calculator.fingerprint(name))));
        document.set(KEY, calc);
        calc.runDefinitions(document, page);
    }

    private void runDefinitions(Document document, PageContext page) {
        for (Node node : document.getDescendants()) {
            if (node instanceof CalcBlock block) {
                BasedSequence body = block.body();
                if (body.isBlank()) {
                    continue;
                }
                try {
                    listings.put(block, session.runBlock(body.toString(), origin(page, body)));
                } catch (CalcException e) {
                    report(page, e);
                }
            }
        }
    }

    /** Reports an error unless it only repeats one already reported where a name failed to be defined. */
    static void report(PageContext page, ReckonException e) {
        if (!(e instanceof CalcException calc && calc.consequential())) {
            page.report(e.diagnostics());
        }
    }

    /** The engine's view of where {@code text} starts in the source file. */
    static Origin origin(PageContext page, BasedSequence text) {
        SourceSpan span = page.spanAt(text.getStartOffset(), 1);
        return Origin.of(span.file(), span.line(), span.column(), page.lineText(span.line()));
    }

    static Session session(Document document) {
        CalcDocument calc = KEY.get(document);
        if (calc == null) {
            throw new IllegalStateException("CalcDocument.prepare was not run for this document");
        }
        return calc.session;
    }

    static List<ListingLine> listing(Document document, CalcBlock block) {
        return KEY.get(document).listings.getOrDefault(block, List.of());
    }
}
