package org.buildreg.print;

import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FormPrinterTest {

    private final FormPrinter printer = new FormPrinter();

    private PrintedForm renewal(FormValues values) {
        return new PrintedForm(printer.print(SampleForms.RENEWAL, values, SampleForms.NUMBER, SampleForms.VERIFY_URL));
    }

    @Test
    void printsTitleNumberValuesAndPageNumberAsText() {
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            assertEquals(1, form.pages());
            String text = form.text(1);
            for (String expected : List.of("二级建造师延续注册申请表（2-1）", "编号：C15020020261124000012", "姓名", "张三",
                    "蒙古族", "内蒙古示范建设集团有限公司", "zhangsan@example.com", "聘用企业情况",
                    "本人承诺：无《二级建造师注册实施办法》", "申请人（签字）：", "聘用企业（公章）：",
                    "盟市住房和城乡建设主管部门意见", "（公章）", "第 1 页 共 1 页")) {
                assertTrue(text.contains(expected), () -> expected + " is missing from:\n" + text);
            }
        }
    }

    @Test
    void aDraftCarriesTheDraftMarkOnEveryPageAndNoQrCode() {
        byte[] pdf = printer.printDraft(SampleForms.WITH_WORK_HISTORY, SampleForms.withWorkHistory(),
                SampleForms.NUMBER);
        try (PrintedForm form = new PrintedForm(pdf)) {
            assertEquals(2, form.pages());
            for (int page = 1; page <= 2; page++) {
                assertTrue(form.text(page).contains(FormPrinting.DRAFT_MARK), form.text(page));
            }
            assertFalse(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/ByteRange"));
        }
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            assertFalse(form.text(1).contains("草稿"), "a submitted form has no draft mark");
        }
    }

    @Test
    void aLongTableFlowsOntoASecondPageNumberedOfTwo() {
        byte[] pdf = printer.print(SampleForms.WITH_WORK_HISTORY, SampleForms.withWorkHistory(), SampleForms.NUMBER,
                SampleForms.VERIFY_URL);
        try (PrintedForm form = new PrintedForm(pdf)) {
            assertEquals(2, form.pages());
            assertTrue(form.text(1).contains("第 1 页 共 2 页"));
            String second = form.text(2);
            assertTrue(second.contains("第 2 页 共 2 页"), second);
            assertTrue(second.contains("二级建造师初始注册申请表（2-2）（续）"), second);
            assertTrue(second.contains("编号：C15020020261124000012"), second);
            assertTrue(second.contains("主要工程业绩"), second);
            assertFalse(form.text(1).contains("主要工程业绩"));
        }
    }

    @Test
    void embedsOnlyASubsetOfTheFont() {
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            PdfDictionary fonts = form.resources(1, PdfName.Font);
            assertEquals(1, fonts.size());
            PdfDictionary type0 = fonts.getAsDictionary(fonts.keySet().iterator().next());
            assertEquals(PdfName.Type0, type0.getAsName(PdfName.Subtype));
            assertEquals(PdfName.IdentityH, type0.getAsName(PdfName.Encoding));
            assertTrue(type0.getAsName(PdfName.BaseFont).getValue().matches("[A-Z]{6}\\+NotoSansSC-Regular"),
                    type0.getAsName(PdfName.BaseFont).getValue());
            PdfArray descendants = type0.getAsArray(PdfName.DescendantFonts);
            PdfDictionary cidFont = descendants.getAsDictionary(0);
            assertEquals(PdfName.CIDFontType2, cidFont.getAsName(PdfName.Subtype));
            PdfStream fontFile = cidFont.getAsDictionary(PdfName.FontDescriptor).getAsStream(PdfName.FontFile2);
            byte[] subset = fontFile.getBytes();
            assertEquals(subset.length, fontFile.getAsNumber(PdfName.Length1).intValue());
            assertTrue(subset.length < EmbeddedFont.notoSansSc().data.length / 20, "subset of " + subset.length + " bytes");
            int stored = fontFile.getBytes(false).length;
            assertTrue(stored < 60_000, "stored in " + stored + " bytes");
            assertTrue(type0.getAsStream(PdfName.ToUnicode) != null);
        }
    }

    @Test
    void theQrCodeReadsAsTheVerificationAddress() throws Exception {
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            List<PdfStream> forms = form.xObjects(1, PdfName.Form);
            assertEquals(1, forms.size());
            assertEquals(SampleForms.VERIFY_URL, QrCodeReader.decode(forms.get(0)));
            assertTrue(form.text(1).contains("扫码查验"));
        }
    }

    @Test
    void noQrCodeWithoutAnAddress() {
        try (PrintedForm form = new PrintedForm(printer.print(SampleForms.RENEWAL, SampleForms.renewal(),
                SampleForms.NUMBER, null))) {
            assertTrue(form.xObjects(1, PdfName.Form).isEmpty());
            assertFalse(form.text(1).contains("扫码查验"));
        }
    }

    @Test
    void checkMarksAreDrawnInTheTickedBoxesOnly() {
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            List<PrintedForm.Chunk> chunks = form.chunks(1);
            List<PrintedForm.Path> ticks = form.strokedPaths(1).stream()
                    .filter(p -> !p.closed() && p.points().size() == 3).toList();
            assertEquals(4, ticks.size(), "男, 身份证, 建筑工程, 市政公用工程");
            for (String option : List.of("男", "身份证", "建筑工程", "市政公用工程")) {
                assertTrue(tickBefore(option, chunks, ticks), option + " should be ticked");
            }
            for (String option : List.of("女", "军官证", "护照", "公路工程", "机电工程")) {
                assertFalse(tickBefore(option, chunks, ticks), option + " should not be ticked");
            }
        }
    }

    /** A check mark ends within the 15 pt left of the option's text, on its line. */
    private static boolean tickBefore(String option, List<PrintedForm.Chunk> chunks, List<PrintedForm.Path> ticks) {
        PrintedForm.Chunk text = chunks.stream().filter(c -> c.text().equals(option)).findFirst().orElseThrow();
        return ticks.stream().anyMatch(t -> t.points().stream().allMatch(p -> p.getX() < text.x()
                && p.getX() > text.x() - 15 && Math.abs(p.getY() - text.y() - 3) < 8));
    }

    @Test
    void embedsThePhotoFittedIntoItsCell() {
        for (String format : List.of("jpg", "png")) {
            try (PrintedForm form = renewal(SampleForms.renewal().photo("photo", SampleForms.idPhoto(format)))) {
                List<PdfStream> images = form.xObjects(1, PdfName.Image);
                assertEquals(1, images.size(), format);
                assertEquals(295, images.get(0).getAsNumber(PdfName.Width).intValue());
                assertEquals(413, images.get(0).getAsNumber(PdfName.Height).intValue());
                assertFalse(form.text(1).contains("照片"), "the placeholder gives way to the photo");
            }
        }
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            assertTrue(form.xObjects(1, PdfName.Image).isEmpty());
            assertTrue(form.text(1).contains("照片"));
        }
    }

    @Test
    void aPhotoThatIsNoImageIsRefused() {
        FormValues values = SampleForms.renewal().photo("photo", "not an image".getBytes());
        assertThrows(IllegalArgumentException.class, () -> renewal(values));
    }

    @Test
    void blankValuesPrintBlank() {
        try (PrintedForm form = renewal(FormValues.empty())) {
            String text = form.text(1);
            assertTrue(text.contains("姓名") && text.contains("继续教育情况"), text);
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("张三"));
            assertTrue(form.strokedPaths(1).stream().noneMatch(p -> !p.closed() && p.points().size() == 3),
                    "no box is ticked");
        }
        try (PrintedForm form = new PrintedForm(printer.print(SampleForms.RENEWAL, FormValues.empty(), null, null))) {
            assertTrue(form.text(1).contains("编号："));
        }
    }

    @Test
    void aLongValueWrapsWithinItsCellAndTheRowGrows() {
        String address = "内蒙古自治区呼和浩特市赛罕区敕勒川大街18号东方君座B座1201室，".repeat(4) + "邮编010020";
        FormValues values = SampleForms.renewal().with("address", address);
        try (PrintedForm form = renewal(values)) {
            List<PrintedForm.Chunk> lines = form.chunks(1).stream().filter(c -> address.contains(c.text())
                    && c.text().length() > 5).toList();
            assertTrue(lines.size() >= 3, "wrapped into lines: " + lines);
            assertEquals(address, String.join("", lines.stream().map(PrintedForm.Chunk::text).toList()));
            float right = Paper.MARGIN_X + Paper.TABLE_WIDTH;
            assertTrue(lines.stream().allMatch(l -> l.endX() <= right - Paper.PAD_X + 0.5f), "inside the cell");
            PrintedForm.Chunk label = form.chunks(1).stream().filter(c -> c.text().equals("企业地址")).findFirst()
                    .orElseThrow();
            float first = lines.get(0).y();
            float last = lines.get(lines.size() - 1).y();
            assertTrue(first > label.y() && last < label.y(), "the label stays centred on the taller row");
        }
    }

    @Test
    void aCharacterTheFontLacksIsRefusedNamingItAndItsField() {
        UnprintableText refused = assertThrows(UnprintableText.class,
                () -> renewal(SampleForms.renewal().with("name", "张😀三")));
        assertEquals("name", refused.field());
        assertEquals(0x1F600, refused.codePoint());
        assertTrue(refused.getMessage().contains("😀") && refused.getMessage().contains("U+1F600"), refused.getMessage());
        assertEquals("😀", FormPrinter.unprintable("张😀三😀"));
        assertEquals("", FormPrinter.unprintable("张三 Zhang San 150102198503120017（蒙）"));
        assertThrows(UnprintableText.class, () -> FormLayout.titled("表", null).columns(1).row(label("😀")).build());
    }

    @Test
    void ticksAndPhotosMustNameTheLayoutsCells() {
        assertThrows(IllegalArgumentException.class, () -> renewal(SampleForms.renewal().tick("gender", "未知")));
        assertThrows(IllegalArgumentException.class, () -> renewal(SampleForms.renewal().tick("gendre", "男")));
        assertThrows(IllegalArgumentException.class, () -> renewal(SampleForms.renewal().photo("name", new byte[1])));
        renewal(SampleForms.renewal().with("notInTheLayout", "ignored")).close();
    }

    @Test
    void aValueTallerThanAPageIsRefused() {
        FormValues values = SampleForms.renewal().with("training", "继续教育".repeat(3000));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> renewal(values));
        assertTrue(refused.getMessage().contains("taller than a page"), refused.getMessage());
    }

    @Test
    void aOnePageFormWithoutPhotoStaysUnder100KB() {
        byte[] pdf = printer.print(SampleForms.RENEWAL, SampleForms.renewal(), SampleForms.NUMBER,
                SampleForms.VERIFY_URL);
        assertTrue(pdf.length <= 100 * 1024, pdf.length + " bytes");
    }

    @Test
    void printsTheSameFromManyThreadsAtOnce() throws Exception {
        String expected;
        try (PrintedForm form = renewal(SampleForms.renewal())) {
            expected = form.text(1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> prints = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                prints.add(pool.submit(() -> printer.print(SampleForms.RENEWAL, SampleForms.renewal(),
                        SampleForms.NUMBER, SampleForms.VERIFY_URL)));
            }
            for (Future<byte[]> print : prints) {
                try (PrintedForm form = new PrintedForm(print.get())) {
                    assertEquals(expected, form.text(1));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void valuesOfAnyTypePrintAsText() {
        FormLayout layout = FormLayout.titled("测试表", null).columns(1, 3).row(label("学时"), field("hours")).build();
        try (PrintedForm form = new PrintedForm(printer.print(layout, FormValues.of(Map.of("hours", 120)), "1", null))) {
            assertTrue(form.text(1).contains("120"));
            assertTrue(form.text(1).contains("测试表"));
        }
    }
}
