package dev.reckon.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reckon.markdown.page.PageFigures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figure index's JSON, member by member, in a fixed order so the same figures give the same bytes. */
final class FigureJson {
    private FigureJson() {
    }

    static void writePages(JsonGenerator out, List<FigureIndex.Page> pages) throws IOException {
        out.writeArrayFieldStart("pages");
        for (FigureIndex.Page page : pages) {
            out.writeStartObject();
            out.writeStringField("file", page.file());
            out.writeStringField("url", page.url());
            out.writeBooleanField("post", page.post());
            out.writeArrayFieldStart("figures");
            for (PageFigures.Published p : page.figures().published()) {
                out.writeStartObject();
                out.writeNumberField("line", p.line());
                out.writeNumberField("column", p.column());
                out.writeStringField("kind", p.kind());
                out.writeStringField("expression", p.expression());
                out.writeStringField("value", p.value());
                strings(out, "uses", p.uses());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("data");
            for (PageFigures.DataFigure d : page.figures().data()) {
                out.writeStartObject();
                out.writeStringField("name", d.name());
                out.writeStringField("label", d.label());
                out.writeStringField("value", d.value());
                out.writeStringField("source", d.source());
                out.writeStringField("confirmed", d.confirmed());
                out.writeBooleanField("estimate", d.estimate());
                out.writeStringField("as_of", d.asOf());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    static void writeChanges(JsonGenerator out, List<FigureChanges.Change> changes) throws IOException {
        out.writeArrayFieldStart("changed");
        for (FigureChanges.Change c : changes) {
            PageFigures.Published p = c.now();
            out.writeStartObject();
            out.writeStringField("file", p.file());
            out.writeNumberField("line", p.line());
            out.writeNumberField("column", p.column());
            out.writeStringField("kind", p.kind());
            out.writeStringField("expression", p.expression());
            out.writeStringField("old", c.was());
            out.writeStringField("new", p.value());
            out.writeBooleanField("post", c.post());
            strings(out, "uses", p.uses());
            out.writeArrayFieldStart("causes");
            for (FigureChanges.Cause cause : c.causes()) {
                out.writeStartObject();
                out.writeStringField("figure", cause.figure());
                out.writeStringField("old", cause.was());
                out.writeStringField("new", cause.now());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    /** Reads a whole index; anything unexpected is an IOException or a ClassCastException (the index is then ignored). */
    static FigureIndex.Index readIndex(JsonParser in) throws IOException {
        Map<?, ?> root = (Map<?, ?>) value(in, in.nextToken());
        List<FigureIndex.Page> pages = new ArrayList<>();
        for (Object o : (List<?>) root.get("pages")) {
            Map<?, ?> page = (Map<?, ?>) o;
            String file = (String) page.get("file");
            List<PageFigures.Published> published = new ArrayList<>();
            for (Object f : (List<?>) page.get("figures")) {
                published.add(published(file, (Map<?, ?>) f, "value"));
            }
            List<PageFigures.DataFigure> data = new ArrayList<>();
            for (Object d : (List<?>) page.get("data")) {
                Map<?, ?> m = (Map<?, ?>) d;
                data.add(new PageFigures.DataFigure((String) m.get("name"), (String) m.get("label"), (String) m.get("value"),
                        (String) m.get("source"), (String) m.get("confirmed"), (Boolean) m.get("estimate"), (String) m.get("as_of")));
            }
            pages.add(new FigureIndex.Page(file, (String) page.get("url"), (Boolean) page.get("post"),
                    new PageFigures(published, data)));
        }
        List<FigureChanges.Change> changed = new ArrayList<>();
        for (Object o : (List<?>) root.get("changed")) {
            Map<?, ?> c = (Map<?, ?>) o;
            List<FigureChanges.Cause> causes = new ArrayList<>();
            for (Object k : (List<?>) c.get("causes")) {
                Map<?, ?> m = (Map<?, ?>) k;
                causes.add(new FigureChanges.Cause((String) m.get("figure"), (String) m.get("old"), (String) m.get("new")));
            }
            changed.add(new FigureChanges.Change(published((String) c.get("file"), c, "new"), (String) c.get("old"), causes,
                    (Boolean) c.get("post")));
        }
        return new FigureIndex.Index(pages, changed);
    }

    private static PageFigures.Published published(String file, Map<?, ?> m, String valueField) {
        List<String> uses = ((List<?>) m.get("uses")).stream().map(String.class::cast).toList();
        return new PageFigures.Published(file, ((Number) m.get("line")).intValue(), ((Number) m.get("column")).intValue(),
                (String) m.get("kind"), (String) m.get("expression"), (String) m.get(valueField),
                uses);
    }

    /** A JSON value as maps (in member order), lists, strings, numbers, booleans and null. */
    private static Object value(JsonParser in, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("truncated");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
                    String name = in.currentName();
                    map.put(name, value(in, in.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
                    list.add(value(in, t));
                }
                yield list;
            }
            case VALUE_STRING -> in.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token);
        };
    }
}
