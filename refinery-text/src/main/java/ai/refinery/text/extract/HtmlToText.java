package ai.refinery.text.extract;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an HTML field into plain text: scripts, styles, navigation, headers, footers, asides, forms
 * and hidden elements dropped, entities decoded, paragraphs separated by an empty line, block
 * elements, list items and {@code <br>} on their own lines. A bytes field is decoded by its byte
 * order mark or {@code <meta charset>}, else as UTF-8. Optionally writes the {@code <title>} and the
 * {@code <html lang>} attribute.
 */
public final class HtmlToText implements RecordMapper {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String outputField;
    private final String titleField;
    private final String langField;
    private final HtmlTextExtractor extractor;

    public HtmlToText(Config c) {
        this.field = c.field();
        this.outputField = c.outputField();
        this.titleField = c.titleField();
        this.langField = c.langField();
        this.extractor = new HtmlTextExtractor(c.dropElements());
    }

    public record Config(
            @Setting(value = "Field holding the HTML (text, or bytes decoded by BOM or <meta charset>, else UTF-8).", defaultValue = "text")
            String field,
            @Setting(value = "Field that receives the plain text; absent means the HTML field itself.", optional = true)
            String outputField,
            @Setting(value = "Field that receives the document's <title> (whitespace collapsed; null when there is none).", optional = true)
            String titleField,
            @Setting(value = "Field that receives the <html lang> attribute (e.g. 'pt-BR'; null when absent).", optional = true)
            String langField,
            @Setting(value = "Elements dropped with their content (hidden elements, <head>, <template>, <svg> and embedded objects"
                    + " always are).", defaultValue = "[script, style, noscript, nav, header, footer, aside, form]")
            List<String> dropElements) {
        public Config {
            field = FieldArgs.requireName(field, "field");
            outputField = outputField == null || outputField.isBlank() ? field : outputField.strip();
            if (titleField != null && titleField.isBlank()) titleField = null;
            if (titleField != null && titleField.equals(outputField)) {
                throw new IllegalArgumentException("title_field must differ from the text's field '" + outputField + "'");
            }
            if (langField != null && langField.isBlank()) langField = null;
            if (langField != null && (langField.equals(outputField) || langField.equals(titleField))) {
                throw new IllegalArgumentException("lang_field must differ from the text and title fields");
            }
            dropElements = dropElements == null ? HtmlTextExtractor.DEFAULT_DROPPED : List.copyOf(dropElements);
            for (String e : dropElements) {
                if (e == null || !e.matches("[A-Za-z][A-Za-z0-9-]*")) {
                    throw new IllegalArgumentException("drop_elements holds '" + e + "', which is not an element name such as 'nav'");
                }
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("html_to_text", "Extracts readable plain text (and optionally the title) from an HTML field, keeping paragraphs and lines.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new HtmlToText(config);
        }
    }

    @Override
    public Record map(Record record) {
        Object v = record.get(field);
        Document doc;
        if (v instanceof String s) {
            doc = Jsoup.parse(s);
        } else if (v instanceof byte[] b) {
            try {
                doc = Jsoup.parse(new ByteArrayInputStream(b), null, "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the HTML bytes of field '" + field + "': " + e.getMessage(), e);
            }
        } else {
            throw new IllegalArgumentException(FieldArgs.describeMissing(record, field, "HTML text or bytes"));
        }
        HtmlTextExtractor.Extracted x = extractor.extract(doc);
        Record.Builder out = record.toBuilder().set(outputField, x.text());
        if (titleField != null) out.set(titleField, x.title().isEmpty() ? null : x.title());
        if (langField != null) {
            String lang = doc.children().isEmpty() ? "" : doc.child(0).attr("lang").strip(); // the <html> element
            out.set(langField, lang.isEmpty() ? null : lang);
        }
        return out.build();
    }
}
