package org.newsgraph.analysis.stories;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed texts of the articles compared lately, kept from one round to the next. A
 * round of a few hundred new articles compares them with the weeks of news around them:
 * without these, every round parsed those weeks' texts again (two thirds of a round's
 * time at a million documents' density), and a full recluster parsed each window's
 * margins twice. At most {@code capacity} are kept, the least recently used leaving
 * first, and the collector may take them when the heap runs short; a text that changed is
 * parsed again.
 */
final class ParsedTexts {

	private final int capacity;

	private final Map<String, SoftReference<ParsedText>> texts;

	ParsedTexts(int capacity) {
		this.capacity = capacity;
		this.texts = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SoftReference<ParsedText>> eldest) {
				return size() > ParsedTexts.this.capacity;
			}

		};
	}

	synchronized ParsedText of(String article, String title, String excerpt) {
		SoftReference<ParsedText> kept = texts.get(article);
		ParsedText text = kept == null ? null : kept.get();
		if (text == null || !text.isOf(title, excerpt)) {
			text = ParsedText.of(title, excerpt);
			if (capacity > 0) {
				texts.put(article, new SoftReference<>(text));
			}
		}
		return text;
	}

	ParsedText of(StoryArticle article) {
		return of(article.id(), article.title(), article.excerpt());
	}

}
