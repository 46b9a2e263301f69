package org.newsgraph.analysis.stories;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of an article's title and excerpt that can tell one event from another:
 * Lucene's standard tokenizer, English possessives and stop words removed, each word
 * stemmed (so "bans" and "ban" agree) and remembered in its first surface form for
 * display.
 *
 * @param stems the stems in text order, repeated as often as they occur
 * @param surface a readable word for each stem
 */
record ArticleTerms(List<String> stems, Map<String, String> surface) {

	private static final CharArraySet STOP_WORDS = stopWords();

	private static final CharArraySet FUNCTION_WORDS = snowballStopWords();

	static ArticleTerms of(String title, String excerpt) {
		List<String> stems = new ArrayList<>();
		Map<String, String> surface = new HashMap<>();
		EnglishStemmer stemmer = new EnglishStemmer();
		for (String word : words(join(title, excerpt))) {
			if (word.length() < 2 || word.chars().noneMatch(Character::isLetter)) {
				continue;
			}
			stemmer.setCurrent(word);
			stemmer.stem();
			String stem = stemmer.getCurrent();
			stems.add(stem);
			surface.putIfAbsent(stem, word);
		}
		return new ArticleTerms(List.copyOf(stems), Map.copyOf(surface));
	}

	/** Each stem once, as stored with the article for the document frequencies. */
	List<String> distinctStems() {
		return List.copyOf(new LinkedHashSet<>(stems));
	}

	static String join(String title, String excerpt) {
		return (title == null ? "" : title) + "\n" + (excerpt == null ? "" : excerpt);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(text));
		try (TokenStream stream = new StopFilter(
				new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer))), STOP_WORDS)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/**
	 * Lucene's English stop words plus the verbs of reporting and the filler every news
	 * excerpt has, which say nothing about which event it is. (Snowball's longer list was
	 * measured too: with the same thresholds it joins more stories that differ.)
	 */
	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(List.of("has", "have", "had", "its", "it's", "he", "she", "his", "her", "we", "our", "you", "your",
				"who", "which", "what", "when", "where", "how", "than", "more", "after", "about", "over", "also",
				"been", "were", "said", "says", "would", "could", "can", "new", "from"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** Whether a lower-case word is one of the stop words that clustering ignores. */
	static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word) || FUNCTION_WORDS.contains(word);
	}

	/**
	 * Whether a word is one of Snowball's English stop words ("does", "any", "becomes"):
	 * rare enough in news to weigh, but saying nothing to a reader.
	 */
	static boolean isFunctionWord(String word) {
		return FUNCTION_WORDS.contains(word);
	}

	private static CharArraySet snowballStopWords() {
		try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
				StandardCharsets.UTF_8)) {
			return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(list));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Lucene's Snowball stop word list is missing", ex);
		}
	}

}
