package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article block (a document's root, or one of its {@code related} items) into
 * {@link ArticleFacts}. Every key seen in the real corpus is mapped; any other key is
 * kept as JSON on the node it belongs to and its path is reported, so nothing a file says
 * is dropped silently.
 */
final class ArticleBlocks {

	/** Keys of a document's root that are not about its main article. */
	static final Set<String> DOCUMENT_KEYS = Set.of("topics", "related", "secured");

	private static final Set<String> ARTICLE_KEYS = Set.of("category", "title", "excerpt", "publishedDateTime",
			"webUrl", "originalUrl", "ampWebUrl", "cdnAmpWebUrl", "type", "quality", "heat", "published", "provider",
			"images", "path", "tags", "locale", "categories", "updatedDateTime");

	private static final Set<String> PROVIDER_KEYS = Set.of("name", "domain", "images");

	private static final Set<String> IMAGE_KEYS = Set.of("url", "width", "height", "title", "isCached");

	/** Headlines in the sample corpus are at most 152 characters long. */
	static final int MAX_TITLE_LENGTH = 1_000;

	private ArticleBlocks() {
	}

	/**
	 * @param alsoKnown keys the caller reads itself
	 * @param body the document's body, for a main article; null otherwise
	 * @param unknownKeys collects the paths of unknown keys
	 */
	static ArticleFacts read(YamlMapping block, Set<String> alsoKnown, String body, List<String> unknownKeys) {
		String urlKey = block.text("webUrl").isPresent() ? "webUrl" : "originalUrl";
		String givenUrl = block.text(urlKey)
			.orElseThrow(() -> new InvalidValueException(block.line(), block.field("webUrl"),
					"article has neither 'webUrl' nor 'originalUrl'"));
		String url = canonical(block, urlKey, givenUrl);
		OutletFacts outlet = block.mapping("provider")
			.map(provider -> outlet(provider, url, unknownKeys))
			.orElseGet(() -> OutletFacts.ofDomain(OutletDomain.ofUrl(url)));
		List<ImageFacts> images = new ArrayList<>();
		for (YamlMapping image : block.mappings("images")) {
			images.add(image(image, unknownKeys));
		}
		CleanText title = CleanText.of(block.requiredText("title"));
		if (title.value().length() > MAX_TITLE_LENGTH) {
			// The title's key is in a range index, whose keys are limited to about 8 kB.
			throw new InvalidValueException(block.line(), block.field("title"),
					"title is " + title.value().length() + " characters long, more than " + MAX_TITLE_LENGTH);
		}
		ArticleUrls urls = new ArticleUrls(url, block.text("webUrl").orElse(null),
				block.text("originalUrl").orElse(null), block.text("ampWebUrl").orElse(null),
				block.text("cdnAmpWebUrl").orElse(null));
		return new ArticleFacts(CanonicalUrl.idOf(url), urls, title,
				block.text("excerpt").map(CleanText::of).orElse(null), TitleKey.of(title.value(), outlet),
				dateTime(block, "publishedDateTime").orElse(null), dateTime(block, "updatedDateTime").orElse(null),
				block.text("type").orElse(null), block.integer("quality").orElse(null),
				block.integer("heat").orElse(null), block.bool("published").orElse(null),
				block.text("category").orElse(null), block.texts("categories"), block.texts("tags"),
				block.text("locale").orElse(null), block.text("path").orElse(null), outlet, images, body,
				block.unknownAsJson(union(ARTICLE_KEYS, alsoKnown), unknownKeys));
	}

	private static OutletFacts outlet(YamlMapping provider, String articleUrl, List<String> unknownKeys) {
		String domain;
		try {
			domain = provider.text("domain")
				.map(OutletDomain::ofProvider)
				.orElseGet(() -> OutletDomain.ofUrl(articleUrl));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(provider.lineOf("domain"), provider.field("domain"), ex.getMessage());
		}
		return new OutletFacts(domain, provider.text("name").map(CleanText::of).orElse(null), provider.json("images"),
				provider.unknownAsJson(PROVIDER_KEYS, unknownKeys));
	}

	private static ImageFacts image(YamlMapping image, List<String> unknownKeys) {
		return new ImageFacts(canonical(image, "url", image.requiredText("url")), image.integer("width").orElse(null),
				image.integer("height").orElse(null),
				image.text("title").map(text -> CleanText.of(text).value()).orElse(null),
				image.bool("isCached").orElse(null), image.unknownAsJson(IMAGE_KEYS, unknownKeys));
	}

	private static String canonical(YamlMapping block, String key, String url) {
		try {
			return CanonicalUrl.of(url);
		}
		catch (IllegalArgumentException ex) {
			throw block.invalid(key, ex.getMessage());
		}
	}

	/**
	 * ISO-8601 with an offset as our documents use; a date-time or date without one is
	 * taken as UTC.
	 */
	private static Optional<OffsetDateTime> dateTime(YamlMapping block, String key) {
		return block.text(key).map(value -> {
			try {
				return OffsetDateTime.parse(value.replace(' ', 'T'));
			}
			catch (DateTimeParseException notWithOffset) {
				try {
					return LocalDateTime.parse(value.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
				}
				catch (DateTimeParseException notLocal) {
					try {
						return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
					}
					catch (DateTimeParseException notDate) {
						throw block.invalid(key, "'" + key + "' must be an ISO-8601 date-time, not '" + value + "'");
					}
				}
			}
		});
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union;
	}

}
