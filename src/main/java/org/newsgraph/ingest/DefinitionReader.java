package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

/**
 * Reads the files people write by hand to tell newsgraph what to look for: the
 * organisations gazetteer and the campaigns. They are parsed as safely as news documents,
 * checked strictly (unknown keys, duplicate ids, references to organisations that are not
 * in the gazetteer), and every problem names its file, line and field.
 */
@Singleton
public final class DefinitionReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> ORGANISATION_KEYS = Set.of("id", "name", "kind", "aliases");

	private static final Set<String> CAMPAIGN_KEYS = Set.of("id", "name", "description", "query", "from", "to",
			"topics", "outlets", "organisations", "targets");

	private final IngestLimits limits;

	public DefinitionReader(IngestLimits limits) {
		this.limits = limits;
	}

	/**
	 * @throws DocumentRejectedException at the first problem, with its file and line
	 */
	public Definitions read(List<Path> organisationFiles, List<Path> campaignFiles) {
		List<Path> missing = new ArrayList<>();
		ByteArrayOutputStream organisationBytes = new ByteArrayOutputStream();
		List<OrganisationDefinition> organisations = new ArrayList<>();
		Map<String, String> organisationIds = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Path file : organisationFiles) {
			for (YamlMapping entry : entries(file, "organisations", organisationBytes, missing)) {
				OrganisationDefinition organisation = organisation(file, entry);
				unique(file, entry, "id", organisation.id(), organisationIds);
				for (String name : organisation.names()) {
					String claimedBy = names.putIfAbsent(name, organisation.id());
					if (claimedBy != null && !claimedBy.equals(organisation.id())) {
						throw rejected(file, entry.invalid("aliases", "'" + name + "' already names " + claimedBy));
					}
				}
				organisations.add(organisation);
			}
		}
		ByteArrayOutputStream campaignBytes = new ByteArrayOutputStream();
		List<CampaignDefinition> campaigns = new ArrayList<>();
		Map<String, String> campaignIds = new HashMap<>();
		for (Path file : campaignFiles) {
			for (YamlMapping entry : entries(file, "campaigns", campaignBytes, missing)) {
				CampaignDefinition campaign = campaign(file, entry, organisationIds.keySet());
				unique(file, entry, "id", campaign.id(), campaignIds);
				campaigns.add(campaign);
			}
		}
		return new Definitions(organisations, campaigns, Sha256.hex(organisationBytes.toByteArray()),
				Sha256.hex(campaignBytes.toByteArray()), missing);
	}

	private List<YamlMapping> entries(Path file, String key, ByteArrayOutputStream fingerprint, List<Path> missing) {
		if (!Files.isRegularFile(file)) {
			missing.add(file);
			return List.of();
		}
		try {
			long size = Files.size(file);
			if (size > limits.maxFileBytes()) {
				throw rejected(file, new InvalidValueException(0, null, "file is " + size + " bytes; the limit is "
						+ limits.maxFileBytes() + " (newsgraph.ingest.max-file-bytes)"));
			}
			byte[] content = Files.readAllBytes(file);
			fingerprint.write(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			fingerprint.write(content);
			YamlMapping root = YamlMapping.of(SafeYaml.compose(StrictUtf8.decode(content), 1, limits), 1, "the file");
			root.rejectUnknown(Set.of(key));
			return root.mappings(key);
		}
		catch (CharacterCodingException ex) {
			throw rejected(file, new InvalidValueException(0, null, "not UTF-8 text"));
		}
		catch (IOException ex) {
			throw rejected(file, new InvalidValueException(0, null, "cannot be read: " + ex));
		}
		catch (InvalidValueException ex) {
			throw rejected(file, ex);
		}
	}

	private static OrganisationDefinition organisation(Path file, YamlMapping entry) {
		try {
			entry.rejectUnknown(ORGANISATION_KEYS);
			String kind = entry.requiredText("kind");
			return new OrganisationDefinition(id(entry), entry.requiredText("name"), OrganisationKind.of(kind)
				.orElseThrow(() -> entry.invalid("kind", "'kind' must be one of " + kinds() + ", not '" + kind + "'")),
					entry.texts("aliases"));
		}
		catch (InvalidValueException ex) {
			throw rejected(file, ex);
		}
	}

	private static CampaignDefinition campaign(Path file, YamlMapping entry, Set<String> organisations) {
		try {
			entry.rejectUnknown(CAMPAIGN_KEYS);
			LocalDate from = date(entry, "from");
			LocalDate to = date(entry, "to");
			if (from != null && to != null && from.isAfter(to)) {
				throw entry.invalid("to", "'to' (" + to + ") is before 'from' (" + from + ")");
			}
			return new CampaignDefinition(id(entry), entry.requiredText("name"), entry.text("description").orElse(null),
					entry.requiredText("query"), from, to, entry.texts("topics"), entry.texts("outlets"),
					known(entry, "organisations", organisations), known(entry, "targets", organisations),
					file + ":" + entry.line());
		}
		catch (InvalidValueException ex) {
			throw rejected(file, ex);
		}
	}

	private static String id(YamlMapping entry) {
		String id = entry.requiredText("id");
		if (!ID.matcher(id).matches()) {
			throw entry.invalid("id",
					"'id' must be lower-case words joined by hyphens, like 'big-brother-watch', not '" + id + "'");
		}
		return id;
	}

	private static LocalDate date(YamlMapping entry, String key) {
		return entry.text(key).map(value -> {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw entry.invalid(key, "'" + key + "' must be an ISO date such as 2021-08-01, not '" + value + "'");
			}
		}).orElse(null);
	}

	private static List<String> known(YamlMapping entry, String key, Set<String> organisations) {
		List<String> ids = entry.texts(key);
		Set<String> unknown = new HashSet<>(ids);
		unknown.removeAll(organisations);
		if (!unknown.isEmpty()) {
			throw entry.invalid(key, "'" + key + "' names organisations that are not in the gazetteer: "
					+ unknown.stream().sorted().toList());
		}
		return ids;
	}

	private static void unique(Path file, YamlMapping entry, String key, String id, Map<String, String> seen) {
		String where = file + ":" + entry.line();
		String first = seen.putIfAbsent(id, where);
		if (first != null) {
			throw rejected(file, entry.invalid(key, "id '" + id + "' is already defined at " + first));
		}
	}

	private static List<String> kinds() {
		return Arrays.stream(OrganisationKind.values()).map(OrganisationKind::label).toList();
	}

	private static DocumentRejectedException rejected(Path file, InvalidValueException ex) {
		return new DocumentRejectedException(
				new DocumentProblem(file.toAbsolutePath().normalize(), ex.line(), ex.field(), ex.getMessage()));
	}

}
