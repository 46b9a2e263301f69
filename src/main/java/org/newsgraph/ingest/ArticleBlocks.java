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
			"images");

	private static final Set<String> PROVIDER_KEYS = Set.of("name", "domain", "images");

	private static final Set<String> IMAGE_KEYS = Set.of("url", "width", "height", "title", "isCached");

	private ArticleBlocks() {
	}

	/**
	 * @param where the block's path in the document, for reporting unknown keys ("" or
	 * "related[2].")
	 * @param alsoKnown keys the caller reads itself
	 * @param body the document's body, for a main article; null otherwise
	 * @param unknownKeys collects the paths of unknown keys
	 */
	static ArticleFacts read(YamlMapping block, String where, Set<String> alsoKnown, String body,
			List<String> unknownKeys) {
		String urlKey = block.text("webUrl").isPresent() ? "webUrl" : "originalUrl";
		String givenUrl = block.text(urlKey)
			.orElseThrow(
					() -> new InvalidValueException(block.line(), "article has neither 'webUrl' nor 'originalUrl'"));
		String url = canonical(givenUrl, block.lineOf(urlKey));
		OutletFacts outlet = block.mapping("provider")
			.map(provider -> outlet(provider, url, where + "provider.", unknownKeys))
			.orElseGet(() -> OutletFacts.ofDomain(OutletDomain.ofUrl(url)));
		List<ImageFacts> images = new ArrayList<>();
		List<YamlMapping> imageBlocks = block.mappings("images");
		for (int i = 0; i < imageBlocks.size(); i++) {
			images.add(image(imageBlocks.get(i), where + "images[" + i + "].", unknownKeys));
		}
		CleanText title = CleanText.of(block.requiredText("title"));
		ArticleUrls urls = new ArticleUrls(url, block.text("webUrl").orElse(null),
				block.text("originalUrl").orElse(null), block.text("ampWebUrl").orElse(null),
				block.text("cdnAmpWebUrl").orElse(null));
		return new ArticleFacts(CanonicalUrl.idOf(url), urls, title,
				block.text("excerpt").map(CleanText::of).orElse(null), TitleKey.of(title.value(), outlet),
				dateTime(block, "publishedDateTime").orElse(null), block.text("type").orElse(null),
				block.integer("quality").orElse(null), block.integer("heat").orElse(null),
				block.bool("published").orElse(null), block.text("category").orElse(null), outlet, images, body,
				block.unknownAsJson(union(ARTICLE_KEYS, alsoKnown), where, unknownKeys));
	}

	private static OutletFacts outlet(YamlMapping provider, String articleUrl, String where, List<String> unknownKeys) {
		String domain = provider.text("domain")
			.map(OutletDomain::ofProvider)
			.orElseGet(() -> OutletDomain.ofUrl(articleUrl));
		return new OutletFacts(domain, provider.text("name").map(CleanText::of).orElse(null), provider.json("images"),
				provider.unknownAsJson(PROVIDER_KEYS, where, unknownKeys));
	}

	private static ImageFacts image(YamlMapping image, String where, List<String> unknownKeys) {
		return new ImageFacts(canonical(image.requiredText("url"), image.lineOf("url")),
				image.integer("width").orElse(null), image.integer("height").orElse(null),
				image.text("title").map(text -> CleanText.of(text).value()).orElse(null),
				image.bool("isCached").orElse(null), image.unknownAsJson(IMAGE_KEYS, where, unknownKeys));
	}

	private static String canonical(String url, int line) {
		try {
			return CanonicalUrl.of(url);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(line, ex.getMessage());
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
						throw new InvalidValueException(block.lineOf(key),
								"'" + key + "' must be an ISO-8601 date-time, not '" + value + "'");
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
