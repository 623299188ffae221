package org.buildreg.print;

import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A printed form read back with iText: its text, the objects of its pages, what its content streams draw. */
final class PrintedForm implements AutoCloseable {

    /** A piece of text as drawn: its characters and where its baseline starts and ends. */
    record Chunk(String text, float x, float endX, float y) {
    }

    /** An open polyline (a check mark) or a box, by its points. */
    record Path(List<Point> points, boolean closed) {
    }

    final byte[] bytes;
    final PdfDocument pdf;

    PrintedForm(byte[] bytes) {
        this.bytes = bytes;
        try {
            pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return pdf.getNumberOfPages();
    }

    String text(int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page), new LocationTextExtractionStrategy());
    }

    PdfDictionary resources(int page, PdfName type) {
        PdfDictionary resources = pdf.getPage(page).getPdfObject().getAsDictionary(PdfName.Resources);
        PdfDictionary dict = resources.getAsDictionary(type);
        return dict == null ? new PdfDictionary() : dict;
    }

    List<PdfStream> xObjects(int page, PdfName subtype) {
        PdfDictionary xObjects = resources(page, PdfName.XObject);
        List<PdfStream> found = new ArrayList<>();
        for (PdfName name : xObjects.keySet()) {
            PdfStream stream = xObjects.getAsStream(name);
            if (subtype.equals(stream.getAsName(PdfName.Subtype))) {
                found.add(stream);
            }
        }
        return found;
    }

    List<Chunk> chunks(int page) {
        List<Chunk> chunks = new ArrayList<>();
        process(page, EventType.RENDER_TEXT, data -> {
            TextRenderInfo info = (TextRenderInfo) data;
            chunks.add(new Chunk(info.getText(), info.getBaseline().getStartPoint().get(0),
                    info.getBaseline().getEndPoint().get(0), info.getBaseline().getStartPoint().get(1)));
        });
        return chunks;
    }

    List<Path> strokedPaths(int page) {
        List<Path> paths = new ArrayList<>();
        process(page, EventType.RENDER_PATH, data -> {
            PathRenderInfo info = (PathRenderInfo) data;
            if (info.isPathModifiesClippingPath() || (info.getOperation() & PathRenderInfo.STROKE) == 0) {
                return;
            }
            for (Subpath subpath : info.getPath().getSubpaths()) {
                paths.add(new Path(subpath.getPiecewiseLinearApproximation(), subpath.isClosed()));
            }
        });
        return paths;
    }

    private void process(int page, EventType wanted, java.util.function.Consumer<IEventData> consumer) {
        new PdfCanvasProcessor(new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (type == wanted) {
                    consumer.accept(data);
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(wanted);
            }
        }).processPageContent(pdf.getPage(page));
    }

    @Override
    public void close() {
        pdf.close();
    }
}
