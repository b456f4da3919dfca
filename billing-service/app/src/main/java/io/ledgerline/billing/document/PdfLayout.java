package io.ledgerline.billing.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes text top-down on A4 pages with PDFBox, starting a new page when one is full. Fonts are embedded (Source Sans
 * Pro from the Mustang library), as PDF/A-3 and so Factur-X require; a character the font lacks prints as '?'.
 */
final class PdfLayout implements AutoCloseable {

    static final float LEFT = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    private static final float TOP = PDRectangle.A4.getHeight() - 50;
    private static final float BOTTOM = 50;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    PdfLayout() {
        regular = font("/fonts/SourceSansPro-Regular.ttf");
        bold = font("/fonts/SourceSansPro-Bold.ttf");
        newPage();
    }

    /** A paragraph at {@code x}, wrapped to {@code width}. */
    void text(float x, float width, float size, boolean strong, String text) {
        for (String line : wrap(text == null ? "" : text, width, size, strong)) {
            space(size * 1.35f);
            write(x, size, strong, line);
        }
    }

    /** One row of cells; each cell wraps in its column, numbers (align right) do not. */
    void row(float size, boolean strong, float[] widths, boolean[] right, String... cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i] == null ? "" : cells[i], widths[i] - 4, size, strong);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            space(size * 1.35f);
            float x = LEFT;
            for (int i = 0; i < cells.length; i++) {
                if (line < wrapped.get(i).size()) {
                    String text = wrapped.get(i).get(line);
                    float offset = right[i] ? widths[i] - 4 - width(text, size, strong) : 0;
                    write(x + offset, size, strong, text);
                }
                x += widths[i];
            }
        }
    }

    /** Empty space of {@code points}. */
    void gap(float points) {
        space(points);
    }

    /** Starts a new page for a section that should not begin at the bottom of one. */
    void keepTogether(float points) {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    /** An image at the top right of the current page, scaled to at most {@code maxWidth} by {@code maxHeight}. */
    void imageTopRight(byte[] image, float maxWidth, float maxHeight) {
        try {
            PDImageXObject picture = PDImageXObject.createFromByteArray(document, image, "logo");
            float scale = Math.min(maxWidth / picture.getWidth(), maxHeight / picture.getHeight());
            float w = picture.getWidth() * scale;
            float h = picture.getHeight() * scale;
            page.drawImage(picture, LEFT + WIDTH - w, TOP - h, w, h);
        } catch (IOException | IllegalArgumentException e) {
            // a logo that PDFBox cannot read leaves the page without one rather than failing the invoice
        }
    }

    byte[] toBytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void space(float points) {
        if (y - points < BOTTOM) {
            newPage();
        }
        y -= points;
    }

    private void write(float x, float size, boolean strong, String text) {
        try {
            page.beginText();
            page.setFont(strong ? bold : regular, size);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float width, float size, boolean strong) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text, strong).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(candidate, size, strong) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size, boolean strong) {
        try {
            return (strong ? bold : regular).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String printable(String text, boolean strong) {
        PDType0Font font = strong ? bold : regular;
        StringBuilder out = new StringBuilder();
        text.replace("\t", " ").replace("\r", "").codePoints().forEach(c -> {
            String character = Character.toString(c);
            if (c == '\n') {
                out.append(character);
                return;
            }
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(String resource) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
