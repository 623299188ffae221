package org.buildreg.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.buildreg.platform.Refusal;

/**
 * What a job is started on: a path on the server, or an uploaded export ZIP stored under the domain's
 * {@code batch-uploads} directory. Checked before a job starts, with one Chinese message per field.
 */
public final class JobInput {

    /** Below the Faces servlet's 4 MB multipart limit; larger exports go on the server and are named by path. */
    public static final int MAX_UPLOAD_BYTES = 4_000_000;
    public static final String PATH_FIELD = "path";
    public static final String UPLOAD_FIELD = "upload";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private JobInput() {
    }

    /** The server path the operator typed: null when the job takes none or it may be left empty. */
    public static String serverPath(BatchJob.Parameter parameter, String value) {
        if (!parameter.takesPath()) {
            return null;
        }
        if (value == null || value.isBlank()) {
            if (parameter.required()) {
                throw Refusal.onField(PATH_FIELD, "请填写服务器上的路径");
            }
            return null;
        }
        Path path = Path.of(value.trim());
        if (!path.isAbsolute()) {
            throw Refusal.onField(PATH_FIELD, "请填写服务器上的绝对路径，例如 /data/export.zip");
        }
        if (!Files.exists(path)) {
            throw Refusal.onField(PATH_FIELD, "服务器上没有该文件或目录：" + path);
        }
        if (!Files.isReadable(path)) {
            throw Refusal.onField(PATH_FIELD, "服务器无权读取：" + path);
        }
        return path.toString();
    }

    /** Refuses an upload that is missing, too large, or not a ZIP by its content (local file header "PK\3\4"). */
    public static void checkZip(byte[] content) {
        if (content == null || content.length == 0) {
            throw Refusal.onField(UPLOAD_FIELD, "请选择要上传的导出文件（ZIP）");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw Refusal.onField(UPLOAD_FIELD, "导出文件超过4MB，不能上传：请将其放到服务器上，并填写服务器路径");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw Refusal.onField(UPLOAD_FIELD, "上传的文件不是ZIP格式的导出文件");
        }
    }

    /** Stores a checked ZIP under {@code directory} with a new name and returns its path. */
    public static Path store(Path directory, byte[] content, LocalDateTime now) throws IOException {
        checkZip(content);
        Files.createDirectories(directory);
        String name = "export-" + now.format(STAMP) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".zip";
        Path file = directory.resolve(name);
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    /** {@code buildreg.batch.uploads}, else {@code <domain>/batch-uploads}. */
    public static Path uploadDirectory() {
        String configured = System.getProperty("buildreg.batch.uploads");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String domain = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        return Path.of(domain, "batch-uploads");
    }
}
