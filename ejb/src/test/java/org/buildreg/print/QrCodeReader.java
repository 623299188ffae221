package org.buildreg.print;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a QR code drawn as filled squares in a form XObject: rasterises the squares the content stream draws
 * (4 pixels a module, a white margin) and decodes the picture with ZXing, as a phone would.
 */
final class QrCodeReader {

    private QrCodeReader() {
    }

    static String decode(PdfStream formXObject) throws NotFoundException, ChecksumException, FormatException {
        List<float[]> squares = new ArrayList<>();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                PathRenderInfo info = (PathRenderInfo) data;
                if ((info.getOperation() & PathRenderInfo.FILL) == 0) {
                    return;
                }
                for (Subpath subpath : info.getPath().getSubpaths()) {
                    List<Point> corners = subpath.getPiecewiseLinearApproximation();
                    if (corners.size() < 3) {
                        continue;
                    }
                    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                    for (Point p : corners) {
                        minX = Math.min(minX, p.getX());
                        minY = Math.min(minY, p.getY());
                        maxX = Math.max(maxX, p.getX());
                        maxY = Math.max(maxY, p.getY());
                    }
                    squares.add(new float[] {(float) minX, (float) minY, (float) maxX, (float) maxY});
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_PATH);
            }
        };
        PdfDictionary resources = formXObject.getAsDictionary(PdfName.Resources);
        new PdfCanvasProcessor(listener).processContent(formXObject.getBytes(),
                new PdfResources(resources == null ? new PdfDictionary() : resources));
        float module = Float.MAX_VALUE;
        float top = 0;
        for (float[] s : squares) {
            module = Math.min(module, Math.min(s[2] - s[0], s[3] - s[1]));
            top = Math.max(top, s[3]);
        }
        int scale = 4;
        int margin = 8 * scale;
        int modules = Math.round(top / module) + 1;
        int side = modules * scale + 2 * margin;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        for (float[] s : squares) {
            int x0 = Math.round(s[0] / module) * scale + margin;
            int x1 = Math.round(s[2] / module) * scale + margin;
            int y0 = Math.round((top - s[3]) / module) * scale + margin;
            int y1 = Math.round((top - s[1]) / module) * scale + margin;
            for (int y = y0; y < y1; y++) {
                Arrays.fill(pixels, y * side + x0, y * side + x1, 0);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
