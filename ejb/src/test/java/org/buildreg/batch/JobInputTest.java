package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobInputTest {

    @TempDir
    Path dir;

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes());
        }
        return out.toByteArray();
    }

    private static String refusal(Runnable action, String field) {
        return assertThrows(Refusal.class, action::run).messages().get(field);
    }

    @Test
    void aZipIsRecognisedByItsContent() throws IOException {
        JobInput.checkZip(zip());
        assertEquals("上传的文件不是ZIP格式的导出文件",
                refusal(() -> JobInput.checkZip("name,row\n".getBytes()), JobInput.UPLOAD_FIELD));
        assertEquals("请选择要上传的导出文件（ZIP）", refusal(() -> JobInput.checkZip(new byte[0]), JobInput.UPLOAD_FIELD));
        byte[] large = new byte[JobInput.MAX_UPLOAD_BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        assertTrue(refusal(() -> JobInput.checkZip(large), JobInput.UPLOAD_FIELD).contains("填写服务器路径"));
    }

    @Test
    void anUploadIsStoredUnderANewName() throws IOException {
        byte[] content = zip();
        Path first = JobInput.store(dir, content, LocalDateTime.of(2026, 11, 25, 9, 30));
        Path second = JobInput.store(dir, content, LocalDateTime.of(2026, 11, 25, 9, 30));
        assertTrue(first.getFileName().toString().startsWith("export-20261125-093000-"));
        assertTrue(first.toString().endsWith(".zip"));
        assertArrayEquals(content, Files.readAllBytes(first));
        assertTrue(!first.equals(second));
    }

    @Test
    void aServerPathMustExistWhenTheJobNeedsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("exam.csv"), "x");
        assertEquals(file.toString(), JobInput.serverPath(BatchJob.Parameter.FILE, " " + file + " ", dir));
        assertNull(JobInput.serverPath(BatchJob.Parameter.OPTIONAL_FILE, "", dir));
        assertNull(JobInput.serverPath(BatchJob.Parameter.NONE, "/anything", dir));
        assertEquals("请填写服务器上的路径", refusal(() -> JobInput.serverPath(BatchJob.Parameter.EXPORT, null, dir),
                JobInput.PATH_FIELD));
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, "exam.csv", dir), JobInput.PATH_FIELD)
                .contains("绝对路径"));
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, dir.resolve("none.csv").toString(), dir),
                JobInput.PATH_FIELD).startsWith("服务器上没有该文件或目录"));
    }

    @Test
    void onlyTheImportFolderIsRead() throws IOException {
        Path root = Files.createDirectories(dir.resolve("imports"));
        Path inside = Files.writeString(root.resolve("kshg.csv"), "x");
        Path outsideFile = Files.writeString(dir.resolve("secret.csv"), "x");
        assertEquals(inside.toString(), JobInput.serverPath(BatchJob.Parameter.FILE, inside.toString(), root));
        for (String path : List.of("/etc/passwd", outsideFile.toString(), root.resolve("../secret.csv").toString(),
                "/no/such/file.csv")) {
            assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, path, root), JobInput.PATH_FIELD)
                    .startsWith("只能使用导入目录 " + root.toAbsolutePath().normalize()), path);
        }
        // A link inside the folder that leads out of it.
        Path link = Files.createSymbolicLink(root.resolve("link.csv"), outsideFile);
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, link.toString(), root),
                JobInput.PATH_FIELD).startsWith("只能使用导入目录"));
        Path linkedFolder = Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, linkedFolder.resolve("passwd").toString(),
                root), JobInput.PATH_FIELD).startsWith("只能使用导入目录"));
    }

    @Test
    void onlyAnExportUploadedThroughTheConsoleIsEverDeleted() throws IOException {
        String before = System.getProperty("buildreg.batch.imports");
        System.setProperty("buildreg.batch.imports", dir.toString());
        try {
            Path uploaded = JobInput.store(JobInput.uploadDirectory(), zip(), LocalDateTime.of(2026, 12, 4, 9, 0));
            Path onTheServer = Files.write(dir.resolve("export.zip"), zip());
            Path outside = Files.write(Files.createTempFile("export-", ".zip"), zip());
            Path link = Files.createSymbolicLink(JobInput.uploadDirectory().resolve("link.zip"), outside);

            assertTrue(!JobInput.discardUpload(onTheServer.toString()), "a path the operator named stays");
            assertTrue(!JobInput.discardUpload(JobInput.uploadDirectory().resolve("../export.zip").toString()));
            assertTrue(!JobInput.discardUpload(link.toString()), "a link is not followed");
            assertTrue(!JobInput.discardUpload(null));
            assertTrue(Files.exists(onTheServer) && Files.exists(outside));

            assertTrue(JobInput.discardUpload(uploaded.toString()));
            assertTrue(!Files.exists(uploaded));
            assertTrue(!JobInput.discardUpload(uploaded.toString()), "once");
            Files.delete(outside);
        } finally {
            if (before == null) {
                System.clearProperty("buildreg.batch.imports");
            } else {
                System.setProperty("buildreg.batch.imports", before);
            }
        }
    }
}
