package org.newsgraph.analysis.suggestions;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.OrganisationDefinition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.newsgraph.analysis.organisations.OrganisationMatcher;
import org.newsgraph.analysis.organisations.ArticleTexts;
import org.newsgraph.analysis.GraphAnalysis;

/**
 * Proposals a person reviews and pastes into the definition files: campaigns from stories
 * that call for action and name organisations, and organisations from capitalised names
 * the gazetteer does not know. Both are YAML in the files' own format.
 */
@Singleton
public final class Suggestions {

	/**
	 * Words of a call to action, as the full-text index sees them (lower case,
	 * unstemmed).
	 */
	private static final List<String> ACTION_WORDS = List.of("call for", "calls for", "called for", "urge", "urges",
			"urged", "demand", "demands", "ban", "bans", "halt", "stop", "moratorium", "open letter", "petition",
			"petitioned", "campaigners");

	private static final CypherStatement CANDIDATES = CypherStatement.load("analysis/campaign-candidates");

	/**
	 * How organisations' names look in running text: capitalised words (joined by short
	 * function words) ending in a word that names a body, such as "Ada Lovelace
	 * Institute" or "Court of Appeal", or an acronym introduced in brackets, "(EFF)".
	 * Capitalised phrases without such a word are mostly places and subjects ("New
	 * Jersey", "Machine Learning"), and bare acronyms mostly terms ("AI", "CEO").
	 */
	private static final String WORD = "[A-Z][\\p{L}&'’.-]*+";

	private static final String BODY = "(?:Institute|Foundation|Group|Council|Commission|Commissioner|Committee|Agency|"
			+ "Department|Ministry|Office|Police|Service|University|College|School|Association|Union|Society|Centre|"
			+ "Center|Trust|Watch|Network|Coalition|Alliance|Bank|Inc|Ltd|Corp|Corporation|Company|Board|Authority|"
			+ "Court|Parliament|Senate|Assembly|Party|Labs?|Project|Campaign|Fund|Forum|Organi[sz]ation|Federation|"
			+ "League|Partners|Technologies|Systems|Research|International|Initiative|Collective|Academy|"
			+ "Administration|Bureau|Directorate|Force|Constabulary|Tribunal)\\b";

	/** "... of Appeal", "... for Democracy and Technology" */
	private static final String TAIL = "\\s+(?:of|for|on)(?:\\s+the)?\\s+" + WORD + "(?:\\s+(?:and\\s+)?" + WORD
			+ "){0,3}";

	private static final Pattern NAME = Pattern
		.compile("\\b(?:" + WORD + "(?:\\s+(?:of|for|the|and|on|de|&))?\\s+){1,5}" + BODY + "(?:" + TAIL + ")?|\\b"
				+ BODY + TAIL + "|(?<=" + BODY + " \\()[A-Z]{2,6}(?=\\))");

	private final Graph graph;

	private final GraphAnalysis analysis;

	Suggestions(Graph graph, GraphAnalysis analysis) {
		this.graph = graph;
		this.analysis = analysis;
	}

	/**
	 * Candidate campaigns, most widely covered first, as entries of a campaigns file:
	 * from stories no campaign covers yet whose articles call for action and name a
	 * campaign group.
	 */
	public String campaigns(int limit) {
		String actions = ACTION_WORDS.stream().map(Suggestions::term).collect(Collectors.joining(" OR "));
		List<Value> stories = graph.read(tx -> tx.run(CANDIDATES.text(), Map.of("actions", actions, "limit", limit))
			.list(row -> row.get("story")));
		StringBuilder yaml = new StringBuilder("campaigns:\n");
		Set<String> ids = new HashSet<>();
		for (Value story : stories) {
			yaml.append(String.format("  # From story %s, %s by %s: \"%s\"%n", story.get("id").asString(),
					counted(story.get("articleCount").asLong(), "article"),
					counted(story.get("outletCount").asLong(), "outlet"),
					story.get("headline").asString().replaceAll("\\s+", " ")));
			yaml.append(indented(dump(campaign(story, ids))));
		}
		return yaml.toString();
	}

	/**
	 * Built from the story's articles that call for action and name a campaign group, so
	 * that its query finds at least those.
	 */
	private static Map<String, Object> campaign(Value story, Set<String> ids) {
		Set<String> actions = new LinkedHashSet<>();
		Map<String, Value> organisations = new LinkedHashMap<>();
		for (Value caller : story.get("callers").asList(value -> value)) {
			String text = caller.get("text").asString().toLowerCase(Locale.ROOT);
			ACTION_WORDS.stream()
				.filter(action -> Pattern.compile("\\b" + Pattern.quote(action) + "\\b").matcher(text).find())
				.forEach(actions::add);
			caller.get("organisations")
				.asList(value -> value)
				.forEach(organisation -> organisations.putIfAbsent(organisation.get("id").asString(), organisation));
		}
		LocalDate first = story.get("firstPublishedAt")
			.asZonedDateTime()
			.withZoneSameInstant(ZoneOffset.UTC)
			.toLocalDate();
		Map<String, Object> campaign = new LinkedHashMap<>();
		campaign.put("id", unique(slug(story.get("headline").asString()), ids));
		campaign.put("name", story.get("headline").asString().replaceAll("\\s+", " "));
		campaign.put("description", "Suggested from the story of " + first + "; say who calls for what.");
		campaign.put("query", "(" + String.join(" OR ", names(organisations.values(), Set.of("campaign-group")))
				+ ") AND (" + actions.stream().map(Suggestions::term).collect(Collectors.joining(" OR ")) + ")");
		campaign.put("from", first.toString());
		campaign.put("organisations", ids(organisations.values(), Set.of("campaign-group")));
		campaign.put("targets", ids(organisations.values(), Set.of("police-force", "government-body")));
		return campaign;
	}

	/** Every name the press uses for them, as the gazetteer lists them. */
	private static List<String> names(Collection<Value> organisations, Set<String> kinds) {
		return organisations.stream()
			.filter(organisation -> kinds.contains(organisation.get("kind").asString()))
			.flatMap(organisation -> Stream.concat(Stream.of(organisation.get("name").asString()),
					organisation.get("aliases").asList(Value::asString).stream()))
			.map(name -> "\"" + name.replace("\"", "") + "\"")
			.distinct()
			.collect(Collectors.toCollection(ArrayList::new));
	}

	private static List<String> ids(Collection<Value> organisations, Set<String> kinds) {
		return organisations.stream()
			.filter(organisation -> kinds.contains(organisation.get("kind").asString()))
			.map(organisation -> organisation.get("id").asString())
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/**
	 * Capitalised names in titles and excerpts that the gazetteer does not match, named
	 * in at least {@code minArticles} articles, most frequent first, as gazetteer
	 * entries.
	 */
	public String organisations(int minArticles, int limit) {
		List<OrganisationDefinition> gazetteer = analysis.gazetteer();
		OrganisationMatcher matcher = new OrganisationMatcher(gazetteer);
		Map<String, Set<String>> articlesByName = new HashMap<>();
		ArticleTexts.forEachPage(graph, true, page -> page.forEach(article -> {
			String text = ArticleTexts.text(article);
			for (String name : unknownNames(text, matcher)) {
				articlesByName.computeIfAbsent(name, key -> new HashSet<>()).add(article.get("id").asString());
			}
		}));
		StringBuilder yaml = new StringBuilder("organisations:\n");
		Set<String> ids = new HashSet<>();
		gazetteer.forEach(organisation -> ids.add(organisation.id()));
		articlesByName.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() >= minArticles)
			.sorted(Map.Entry.<String, Set<String>>comparingByValue((a, b) -> Integer.compare(b.size(), a.size()))
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.forEach(entry -> {
				Map<String, Object> organisation = new LinkedHashMap<>();
				organisation.put("id", unique(slug(entry.getKey()), ids));
				organisation.put("name", entry.getKey());
				organisation.put("kind", "other");
				yaml.append("  # named in ")
					.append(counted(entry.getValue().size(), "article"))
					.append("; check the kind\n");
				yaml.append(indented(dump(organisation)));
			});
		return yaml.toString();
	}

	/**
	 * Names in sentence-case text; a Title Case headline capitalises every word, so it
	 * says nothing about which words are names and is skipped.
	 */
	static Set<String> unknownNames(String text, OrganisationMatcher matcher) {
		Set<String> names = new HashSet<>();
		List<OrganisationMatcher.Mention> known = matcher.mentionsIn(text);
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			int lineStart = offset;
			offset += line.length() + 1;
			if (titleCase(line)) {
				continue;
			}
			Matcher name = NAME.matcher(line);
			while (name.find()) {
				int start = lineStart + name.start();
				int end = lineStart + name.end();
				boolean matched = known.stream().anyMatch(mention -> mention.start() < end && start < mention.end());
				if (!matched) {
					names.add(name.group().replaceFirst("^(The|A|An)\\s+", "").strip());
				}
			}
		}
		return names;
	}

	private static boolean titleCase(String line) {
		String[] words = line.strip().split("\\s+");
		long capitalised = Arrays.stream(words)
			.filter(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
			.count();
		return words.length >= 4 && capitalised * 10 >= words.length * 6L;
	}

	private static String counted(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static String term(String words) {
		return words.contains(" ") ? "\"" + words.replace("\"", "") + "\"" : words;
	}

	private static String slug(String text) {
		String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		String[] words = slug.split("-");
		return String.join("-", Arrays.copyOf(words, Math.min(words.length, 6))).replaceAll("^$", "suggested");
	}

	private static String unique(String id, Set<String> taken) {
		String candidate = id;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	private static String dump(Map<String, Object> entry) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setWidth(120);
		return new Yaml(options).dump(new ArrayList<>(List.of(entry)));
	}

	private static String indented(String yaml) {
		return yaml.lines().map(line -> "  " + line).collect(Collectors.joining("\n", "", "\n"));
	}

}
