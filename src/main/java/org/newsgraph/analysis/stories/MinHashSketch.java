package org.newsgraph.analysis.stories;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A MinHash sketch of the word pairs of an article's title and excerpt (Lucene's
 * {@link MinHashFilter}: one hash, one minimum per bucket, empty buckets filled by
 * rotation), so that the share of equal buckets estimates the Jaccard similarity of two
 * texts, and bands of buckets find likely copies without comparing all pairs.
 */
final class MinHashSketch {

	static final int BUCKETS = 64;

	static final int ROWS_PER_BAND = 4;

	private static final MinHashSketch EMPTY = new MinHashSketch(new long[0]);

	/**
	 * Each bucket's minimum as a 64-bit hash of Lucene's token: comparing numbers instead
	 * of strings, for the millions of candidate pairs at 100,000 articles.
	 */
	private final long[] buckets;

	private MinHashSketch(long[] buckets) {
		this.buckets = buckets;
	}

	static MinHashSketch of(String title, String excerpt) {
		long[] values = new long[BUCKETS];
		int filled = 0;
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(ArticleTerms.join(title, excerpt)));
		ShingleFilter pairs = new ShingleFilter(new LowerCaseFilter(tokenizer), 2, 2);
		pairs.setOutputUnigrams(false);
		try (TokenStream stream = new MinHashFilter(pairs, 1, BUCKETS, 1, true)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && filled < BUCKETS) {
				values[filled++] = fnv1a(term.buffer(), term.length());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return filled < BUCKETS ? EMPTY : new MinHashSketch(values);
	}

	/** FNV-1a over the token's characters. */
	private static long fnv1a(char[] text, int length) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < length; i++) {
			hash = (hash ^ text[i]) * 0x100000001b3L;
		}
		return hash;
	}

	boolean isEmpty() {
		return buckets.length == 0;
	}

	/** The estimated Jaccard similarity of the two texts' word pairs, 0 to 1. */
	double similarity(MinHashSketch other) {
		if (isEmpty() || other.isEmpty()) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < BUCKETS; i++) {
			if (buckets[i] == other.buckets[i]) {
				same++;
			}
		}
		return (double) same / BUCKETS;
	}

	/**
	 * Band keys for locality-sensitive hashing: two sketches share a key when a whole
	 * band of buckets agrees, which 16 bands of 4 make likely above a similarity of about
	 * 0.5 and unlikely far below it.
	 */
	int[] bandKeys() {
		if (isEmpty()) {
			return new int[0];
		}
		int[] keys = new int[BUCKETS / ROWS_PER_BAND];
		for (int band = 0; band < keys.length; band++) {
			keys[band] = 31 * band
					+ Arrays.hashCode(Arrays.copyOfRange(buckets, band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND));
		}
		return keys;
	}

}
