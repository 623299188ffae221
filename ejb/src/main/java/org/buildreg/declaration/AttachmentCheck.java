package org.buildreg.declaration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
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
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw Refusal.onField(field, "图片尺寸过大（长宽不超过" + MAX_SIDE + "像素）");
                }
                if (reader.read(0) == null) {
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

    private static Refusal damaged(String field) {
        return Refusal.onField(field, "图片已损坏或不完整，无法打开，请重新选择");
    }
}
