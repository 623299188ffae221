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
 * What a job is started on: a path on the server inside the configured import folder, or an uploaded export ZIP
 * stored in that folder's {@code uploads}. Checked before a job starts, with one Chinese message per field. The
 * import folder is the only place a batch job reads: a path outside it, or one that leads out of it through a
 * symbolic link, is refused (the console must not become a way to read the server's files).
 */
public final class JobInput {

    /** Below the Faces servlet's 4 MB multipart limit; larger exports go on the server and are named by path. */
    public static final int MAX_UPLOAD_BYTES = 4_000_000;
    public static final String PATH_FIELD = "path";
    public static final String UPLOAD_FIELD = "upload";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private JobInput() {
    }

    /**
     * The server path the operator typed, inside {@code importRoot}: null when the job takes none or it may be left
     * empty. The path as typed must lie in the folder (so that nothing is said of files elsewhere), and so must the
     * file it really is once links are followed.
     */
    public static String serverPath(BatchJob.Parameter parameter, String value, Path importRoot) {
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
            throw Refusal.onField(PATH_FIELD, "请填写服务器上的绝对路径，例如 " + importRoot.resolve("export.zip"));
        }
        Path root = importRoot.toAbsolutePath().normalize();
        if (!path.normalize().startsWith(root)) {
            throw outside(root);
        }
        if (!Files.exists(path)) {
            throw Refusal.onField(PATH_FIELD, "服务器上没有该文件或目录：" + path);
        }
        try {
            if (!path.toRealPath().startsWith(root.toRealPath())) {
                throw outside(root);
            }
        } catch (IOException e) {
            throw Refusal.onField(PATH_FIELD, "服务器无权读取：" + path);
        }
        if (!Files.isReadable(path)) {
            throw Refusal.onField(PATH_FIELD, "服务器无权读取：" + path);
        }
        return path.toString();
    }

    private static Refusal outside(Path root) {
        return Refusal.onField(PATH_FIELD, "只能使用导入目录 " + root + " 中的文件或目录，请先将导出文件放入该目录");
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

    /**
     * The import folder: {@code -Dbuildreg.batch.imports} ({@code BUILDREG_IMPORT_DIR} for {@code domain.sh}),
     * else {@code <domain>/batch-imports}; made when missing.
     */
    public static Path importRoot() {
        String configured = System.getProperty("buildreg.batch.imports");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                        "batch-imports");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IllegalStateException("the import folder " + root + " cannot be made", e);
        }
        return root;
    }

    /**
     * Deletes an export uploaded through the console once its execution is over for good (completed, or abandoned):
     * only a regular file inside {@link #uploadDirectory()}, never a path the operator named on the server. Returns
     * whether it deleted one.
     */
    public static boolean discardUpload(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        Path file = Path.of(path.strip()).toAbsolutePath().normalize();
        Path uploads = uploadDirectory().toAbsolutePath().normalize();
        if (!file.startsWith(uploads) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Where uploaded exports are kept: {@code uploads} in the import folder. */
    public static Path uploadDirectory() {
        return importRoot().resolve("uploads");
    }
}
