package org.buildreg.declaration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.buildreg.platform.Refusal;

/**
 * Decides whether an uploaded file may be an attachment: a JPEG or PNG by its content (magic bytes, then a
 * decodable image of sane dimensions), never by its name, within the size its checklist line allows.
 */
public final class AttachmentCheck {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** Larger images are refused before they are decoded (a few bytes can claim gigapixels). */
    static final int MAX_SIDE = 10_000;
    /** A photo or a scanned page needs no more: 25 megapixels (an A4 page at 600 dpi is 35, at 400 dpi 15.6). */
    static final long MAX_PIXELS = 25_000_000L;
    /**
     * The check decodes a picture scaled down to at most this many pixels (every row of the file is still read and
     * inflated, so a damaged file is still found), so that a large picture costs a few MB of heap, not hundreds.
     */
    static final long DECODED_PIXELS = 1_000_000L;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private AttachmentCheck() {
    }

    /** Returns the content type of an acceptable file; refuses with a message for {@code field} otherwise. */
    public static String contentTypeOf(byte[] content, AttachmentKind kind, String field) {
        if (content == null || content.length == 0) {
            throw Refusal.onField(field, "请选择要上传的文件");
        }
        if (content.length > kind.maxBytes()) {
            throw Refusal.onField(field, kind.label() + "文件过大，不能超过" + kind.maxBytes() / (1024 * 1024) + "MB");
        }
        String type = sniff(content);
        if (type == null) {
            throw Refusal.onField(field, "只能上传 jpg 或 png 格式的图片（按文件内容判断，与文件名无关）");
        }
        requireDecodable(content, field);
        return type;
    }

    /** JPEG or PNG by the first bytes, or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= PNG_MAGIC.length) {
            for (int i = 0; i < PNG_MAGIC.length; i++) {
                if (b[i] != PNG_MAGIC[i]) {
                    return null;
                }
            }
            return PNG;
        }
        return null;
    }

    private static void requireDecodable(byte[] content, String field) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw damaged(field);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw Refusal.onField(field, "图片尺寸过大（长宽不超过" + MAX_SIDE + "像素）");
                }
                if (width * height > MAX_PIXELS) {
                    throw Refusal.onField(field, "图片像素过多（" + width + "×" + height + "，不能超过"
                            + MAX_PIXELS / 10_000 + "万像素），请缩小后重新上传");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.read(0, param) == null) {
                    throw damaged(field);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw damaged(field);
        }
    }

    /** The smallest step in each direction that brings {@code width × height} within {@link #DECODED_PIXELS}. */
    static int subsampling(long width, long height) {
        int step = 1;
        while ((width / step) * (height / step) > DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static Refusal damaged(String field) {
        return Refusal.onField(field, "图片已损坏或不完整，无法打开，请重新选择");
    }
}
