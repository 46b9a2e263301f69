package org.newsgraph.bench;

import java.nio.file.Path;

/**
 * What {@link CorpusGenerator} wrote.
 *
 * @param documents documents (files or JSON lines)
 * @param articles distinct articles in them, main and related
 * @param stories the true stories those articles belong to
 * @param path the documents
 * @param labels the true story of every article ({@code url,story})
 */
public record GeneratedCorpus(long documents, long articles, long stories, Path path, Path labels) {
}
