package org.buildreg.account;

import java.io.Serializable;
import java.util.List;

/** What a CSV upload of filings did: how many were added, already filed, and which lines were refused. */
public record UsccFilingResult(int added, int alreadyFiled, List<String> refusedLines) implements Serializable {
}
