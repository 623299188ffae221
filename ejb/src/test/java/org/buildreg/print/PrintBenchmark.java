package org.buildreg.print;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.buildreg.print.FormLayout.Placed;
import org.buildreg.print.FormLayout.Row;

/**
 * {@code bin/bench print [seconds] [threads]}: forms per second per thread and average size for the one-page
 * 二级建造师延续注册申请表, (a) laid out by iText "the obvious way" (Document + Table, the font created per
 * document) and (b) by {@link FormPrinter}, measured in the same run after a warm-up as long as the measurement.
 * Reports wall-clock rates and rates per CPU second of the printing threads (forms/s per core), which other load
 * on the machine disturbs less. Not a test: timings depend on the machine.
 */
public final class PrintBenchmark {

    private static final FormValues VALUES = SampleForms.renewal();
    private static final float[] COLUMNS = new float[SampleForms.COLUMNS.length];
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private record Result(double formsPerSecondPerThread, double formsPerCpuSecond, long averageBytes) {
    }

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = (float) SampleForms.COLUMNS[i];
        }
    }

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        FormPrinter printer = new FormPrinter();
        Supplier<byte[]> baseline = PrintBenchmark::baseline;
        Supplier<byte[]> engine = () -> printer.print(SampleForms.RENEWAL, VALUES, SampleForms.NUMBER,
                SampleForms.VERIFY_URL);
        System.out.printf(Locale.ROOT, "Printing %s: %.0f s warm-up and %.0f s measured for each, %d thread(s)%n",
                SampleForms.RENEWAL.heading(), seconds, seconds, threads);
        run(baseline, seconds, threads);
        run(engine, seconds, threads);
        Result a = run(baseline, seconds, threads);
        Result b = run(engine, seconds, threads);
        System.out.printf(Locale.ROOT, "%-36s %16s %18s %10s%n", "", "forms/s/thread", "forms/CPU-second", "avg size");
        report("(a) iText layout, Document + Table", a);
        report("(b) FormPrinter", b);
        System.out.printf(Locale.ROOT, "(b)/(a): %.1f× as fast (%.1f× per CPU second), %.2f× the size%n",
                b.formsPerSecondPerThread() / a.formsPerSecondPerThread(),
                b.formsPerCpuSecond() / a.formsPerCpuSecond(), (double) b.averageBytes() / a.averageBytes());
    }

    private static void report(String name, Result r) {
        System.out.printf(Locale.ROOT, "%-36s %16.1f %18.1f %7.1f KB%n", name, r.formsPerSecondPerThread(),
                r.formsPerCpuSecond(), r.averageBytes() / 1024.0);
    }

    private static Result run(Supplier<byte[]> print, double seconds, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<long[]>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    long forms = 0;
                    long bytes = 0;
                    while (System.nanoTime() < end) {
                        bytes += print.get().length;
                        forms++;
                    }
                    return new long[] {forms, bytes, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu};
                }));
            }
            double perThread = 0;
            double perCpuSecond = 0;
            long forms = 0;
            long bytes = 0;
            for (Future<long[]> run : runs) {
                long[] r = run.get();
                perThread += r[0] / (r[2] / 1e9);
                perCpuSecond += r[0] / (r[3] / 1e9);
                forms += r[0];
                bytes += r[1];
            }
            return new Result(perThread / threads, perCpuSecond / threads, bytes / Math.max(1, forms));
        } finally {
            pool.shutdown();
        }
    }

    /** The same form as iText's layout engine would make it: title, QR code, 编号, the table, page numbers. */
    static byte[] baseline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document document = new Document(pdf, PageSize.A4, false)) {
            PdfFont font = PdfFontFactory.createFont(EmbeddedFont.notoSansSc().data, PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.PREFER_EMBEDDED);
            document.setFont(font).setFontSize(Paper.BODY_SIZE);
            FormLayout layout = SampleForms.RENEWAL;
            BarcodeQRCode qr = new BarcodeQRCode(SampleForms.VERIFY_URL);
            document.add(new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).setWidth(Paper.QR_SIZE));
            document.add(new Paragraph(layout.heading()).setFontSize(Paper.TITLE_SIZE).setTextAlignment(TextAlignment.CENTER));
            document.add(new Paragraph("编号：" + SampleForms.NUMBER).setFontSize(Paper.SMALL_SIZE)
                    .setTextAlignment(TextAlignment.RIGHT));
            Table table = new Table(UnitValue.createPercentArray(COLUMNS)).useAllAvailableWidth();
            for (Row row : layout.rows) {
                int remaining = COLUMNS.length;
                for (int i = 0; i < row.cells().size(); i++) {
                    Placed p = row.cells().get(i);
                    Cell cell = p.cell();
                    boolean fullWidth = cell.kind == Cell.Kind.SECTION || cell.kind == Cell.Kind.SIGNATURE;
                    int colspan = fullWidth ? (i == row.cells().size() - 1 ? remaining : COLUMNS.length / row.cells().size())
                            : cell.colspan;
                    remaining -= colspan;
                    com.itextpdf.layout.element.Cell c = new com.itextpdf.layout.element.Cell(cell.rowspan, colspan)
                            .add(new Paragraph(text(p))).setVerticalAlignment(VerticalAlignment.MIDDLE)
                            .setMinHeight(cell.kind == Cell.Kind.OPINION ? Paper.OPINION_ROW : Paper.MIN_ROW);
                    if (cell.kind == Cell.Kind.LABEL || cell.kind == Cell.Kind.SECTION) {
                        c.setBackgroundColor(new DeviceGray(0.94f)).setTextAlignment(TextAlignment.CENTER);
                    }
                    table.addCell(c);
                }
            }
            document.add(table);
            int pages = pdf.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                document.showTextAligned(new Paragraph("第 " + p + " 页 共 " + pages + " 页").setFontSize(Paper.SMALL_SIZE),
                        Paper.WIDTH / 2, 20, p, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Placed p) {
        Cell cell = p.cell();
        return switch (cell.kind) {
            case FIELD -> VALUES.text(cell.name);
            case CHOICE -> String.join("  ", cell.options.stream()
                    .map(o -> (VALUES.ticked(cell.name).contains(o) ? "■" : "□") + o).toList());
            case PHOTO -> "照片";
            case SIGNATURE -> cell.text + "            年    月    日";
            case OPINION -> cell.text + "\n\n\n（公章）\n年    月    日";
            default -> cell.text;
        };
    }
}
