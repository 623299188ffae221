package org.buildreg.print;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample forms as PDF into a folder, for looking at them: {@code WriteSamples <folder>}. */
public final class WriteSamples {

    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "print-samples"));
        FormPrinter printer = new FormPrinter();
        byte[] photo = SampleForms.idPhoto("jpg");
        Files.write(folder.resolve("renewal-2-1.pdf"), printer.print(SampleForms.RENEWAL,
                SampleForms.renewal().photo("photo", photo), SampleForms.NUMBER, SampleForms.VERIFY_URL));
        Files.write(folder.resolve("initial-2-2.pdf"), printer.print(SampleForms.WITH_WORK_HISTORY,
                SampleForms.withWorkHistory(), SampleForms.NUMBER, SampleForms.VERIFY_URL));
    }
}
