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
        assertEquals(file.toString(), JobInput.serverPath(BatchJob.Parameter.FILE, " " + file + " "));
        assertNull(JobInput.serverPath(BatchJob.Parameter.OPTIONAL_FILE, ""));
        assertNull(JobInput.serverPath(BatchJob.Parameter.NONE, "/anything"));
        assertEquals("请填写服务器上的路径", refusal(() -> JobInput.serverPath(BatchJob.Parameter.EXPORT, null),
                JobInput.PATH_FIELD));
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, "exam.csv"), JobInput.PATH_FIELD)
                .contains("绝对路径"));
        assertTrue(refusal(() -> JobInput.serverPath(BatchJob.Parameter.FILE, dir.resolve("none.csv").toString()),
                JobInput.PATH_FIELD).startsWith("服务器上没有该文件或目录"));
    }
}
