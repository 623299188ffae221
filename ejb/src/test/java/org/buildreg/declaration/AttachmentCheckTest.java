package org.buildreg.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    private static final AttachmentKind LICENCE = AttachmentKind.required("LICENCE", "营业执照");

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.drawString("ID", 5, 15);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] content, AttachmentKind kind) {
        Refusal r = assertThrows(Refusal.class, () -> AttachmentCheck.contentTypeOf(content, kind, "file"));
        return r.messages().get("file");
    }

    @Test
    void jpegAndPngAreKnownByTheirContent() throws IOException {
        assertEquals(AttachmentCheck.JPEG, AttachmentCheck.contentTypeOf(image("jpg", 120, 160), LICENCE, "file"));
        assertEquals(AttachmentCheck.PNG, AttachmentCheck.contentTypeOf(image("png", 120, 160), LICENCE, "file"));
    }

    @Test
    void aPdfOrAnExecutableIsRefusedWhateverItIsCalled() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertTrue(refusal(pdf, LICENCE).contains("只能上传 jpg 或 png"));
        assertTrue(refusal(exe, LICENCE).contains("只能上传 jpg 或 png"));
    }

    @Test
    void aFileWithTheRightMagicThatDoesNotDecodeIsRefused() throws IOException {
        byte[] png = image("png", 120, 160);
        byte[] truncated = Arrays.copyOf(png, 40);
        assertTrue(refusal(truncated, LICENCE).contains("损坏"));
        byte[] fakeJpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};
        assertTrue(refusal(fakeJpeg, LICENCE).contains("损坏"));
    }

    @Test
    void sizeLimitsFollowTheChecklistLine() throws IOException {
        byte[] big = new byte[AttachmentKind.PHOTO_MAX + 1];
        byte[] header = image("png", 10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        assertTrue(refusal(big, AttachmentKind.photo()).contains("不能超过1MB"));
        assertTrue(refusal(new byte[AttachmentKind.MAX + 1], LICENCE).contains("不能超过2MB"));
        assertTrue(refusal(new byte[0], LICENCE).contains("请选择"));
    }

    @Test
    void aHugeImageIsRefusedBeforeDecoding() throws IOException {
        // A valid PNG header that claims 20000 × 20000 pixels.
        byte[] png = image("png", 1, 1);
        png[16] = 0; png[17] = 0; png[18] = 0x4E; png[19] = 0x20;
        png[20] = 0; png[21] = 0; png[22] = 0x4E; png[23] = 0x20;
        String message = refusal(png, LICENCE);
        assertTrue(message.contains("尺寸过大") || message.contains("损坏"), message);
    }

    /** A real 9,000 × 9,000 PNG, one bit a pixel (a few KB): 81 megapixels, over the 25 allowed. */
    static byte[] blankPng(int side) throws IOException {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderWithoutDecoding() throws IOException {
        byte[] png = blankPng(9000);
        assertTrue(png.length < 200_000, png.length + " bytes");
        long start = System.nanoTime();
        String message = refusal(png, LICENCE);
        assertEquals("图片像素过多（9000×9000，不能超过2500万像素），请缩小后重新上传", message);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused from the header, not decoded");
    }

    @Test
    void aLargeAllowedPictureIsCheckedScaledDown() throws IOException {
        assertEquals(AttachmentCheck.PNG, AttachmentCheck.contentTypeOf(blankPng(4000), LICENCE, "file"));
        assertEquals(4, AttachmentCheck.subsampling(4000, 4000), "16 MP decoded as 1 MP");
        assertEquals(1, AttachmentCheck.subsampling(1000, 1000));
        assertTrue((5000 / AttachmentCheck.subsampling(5000, 5000)) * (5000 / AttachmentCheck.subsampling(5000, 5000))
                <= AttachmentCheck.DECODED_PIXELS);
    }
}
