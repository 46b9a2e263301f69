package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NamedPipe;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.analysis.GraphUpdates;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.LoadProgress;
import org.newsgraph.query.CampaignDetail;
import org.newsgraph.query.CampaignQueries;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkFilter;
import org.newsgraph.query.NetworkQueries;
import org.newsgraph.query.OutletDetail;
import org.newsgraph.query.OutletQueries;
import org.newsgraph.query.PageRequest;
import org.newsgraph.query.StoryDetail;
import org.newsgraph.query.StoryQueries;
import org.newsgraph.query.TimelineInterval;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web page in a real browser, against the app serving the seeds: each view is opened,
 * what it draws is compared with what the read models say, links and clicks are followed,
 * and a screenshot of each is saved under {@code target/screenshots/}.
 */
class WebPageIT extends Neo4jTestBase {

	private static final String UK_CAMPAIGN = "uk-live-facial-recognition";

	private static final String GUARD_TOKEN = "a-token-long-enough-for-tests";

	private static EmbeddedServer server;

	private HeadlessChromium browser;

	@BeforeAll
	static void serveTheSeeds() {
		loadTheSeeds();
		server = serve(Map.of());
	}

	@AfterAll
	static void stopServing() {
		server.close();
	}

	/** The views only read: the seeds are loaded once for all of them. */
	@Override
	protected void emptyTheGraph() {
	}

	@BeforeEach
	void openTheBrowser() throws IOException {
		browser = HeadlessChromium.launch(server.getURL().toString());
	}

	/** Nothing to check where no browser could be launched: the tests were skipped. */
	@AfterEach
	void theConsoleStayedCleanAndTheBrowserCloses() throws IOException {
		if (browser == null) {
			return;
		}
		try {
			assertThat(browser.consoleErrors()).as("errors in the browser's console").isEmpty();
		}
		finally {
			browser.close();
		}
	}

	@Test
	void whileTheFirstLoadRunsThePageShowsItsProgressAndDrawsWhenItIsDone(@TempDir Path work) throws IOException {
		Path pipe = work.resolve("news.jsonl");
		assumeTrue(NamedPipe.make(pipe), "needs mkfifo to hold a load open");
		CompletableFuture<GraphUpdates.Update> load = bean(GraphUpdates.class).loadInBackground(List.of(pipe),
				LoadProgress.Listener.NONE, AnalysisProgress.Listener.NONE);

		browser.driver().get(server.getURL() + "/#/");
		browser.await("return document.body.dataset.state === 'updating'");
		assertThat(browser.find("#update-progress").isDisplayed()).isTrue();
		assertThat(browser.find("main").getText()).contains("Loading documents");
		browser.screenshot("first-load");

		Files.write(pipe, new byte[0]);
		load.join();
		browser.await("return newsgraph.rendered > 0 && document.body.dataset.state === 'ready'");
		assertThat(browser.findAll("#update-progress")).isEmpty();
		assertThat(drawnNodeIds()).isNotEmpty();
	}

	@Test
	void theNetworkDrawsEveryOutletAndLinkOfTheCoCoverageNetworkColouredByCommunity() throws IOException {
		browser.open("#/");
		Network network = bean(NetworkQueries.class).outlets(new NetworkFilter(null, null, null, null, 1, 500));

		assertThat(drawnNodeIds())
			.containsExactlyInAnyOrderElementsOf(network.nodes().stream().map(Network.Node::id).toList());
		assertThat(drawnCount("edges")).isEqualTo(network.edges().size());
		Map<Object, Set<Object>> coloursByCommunity = new HashMap<>();
		for (Network.Node node : network.nodes()) {
			coloursByCommunity.computeIfAbsent(node.attributes().get("community"), community -> new HashSet<>())
				.add(browser.script("return newsgraph.cy.getElementById(arguments[0]).data('colour')", node.id()));
		}
		assertThat(coloursByCommunity.values()).allSatisfy(colours -> assertThat(colours).hasSize(1));
		assertThat(coloursByCommunity.values().stream().distinct()).hasSize(coloursByCommunity.size());
		assertThat(browser.find("#network-summary").getText()).startsWith(network.nodes().size() + " outlets, "
				+ network.edges().size() + " links (shared stories), " + coloursByCommunity.size() + " communities");
		assertThat(browser.script("return typeof cytoscape")).isEqualTo("function");
		assertThat(browser.script("return performance.getEntriesByType('resource')"
				+ ".every(resource => resource.name.startsWith(location.origin))"))
			.as("every script, style and call comes from the app itself, none from a CDN")
			.isEqualTo(true);
		browser.screenshot("network");
	}

	@Test
	void theCampaignFilterRedrawsTheNetworkAndTheDownloadsCarryIt() throws IOException {
		browser.open("#/");
		browser.andWaitForTheNextView(() -> {
			new Select(browser.find("select[name=campaign]")).selectByValue(UK_CAMPAIGN);
			browser.find("#filters button[type=submit]").click();
		});
		Network network = bean(NetworkQueries.class).outlets(new NetworkFilter(UK_CAMPAIGN, null, null, null, 1, 500));

		assertThat(browser.script("return location.hash"))
			.isEqualTo("#/?campaign=" + UK_CAMPAIGN + "&minWeight=1&maxNodes=500");
		assertThat(drawnNodeIds())
			.containsExactlyInAnyOrderElementsOf(network.nodes().stream().map(Network.Node::id).toList());
		assertThat(drawnCount("edges")).isEqualTo(network.edges().size());
		for (String format : List.of("gexf", "graphml", "csv")) {
			WebElement download = browser.find(".downloads a[data-format=" + format + "]");
			assertThat(download.getAttribute("href")).contains("campaign=" + UK_CAMPAIGN, "format=" + format);
			assertThat(fetched(download.getAttribute("href"))).startsWith("200 ")
				.contains(format.equals("csv") ? "text/csv" : format + "+xml");
		}
		browser.screenshot("network-campaign");
	}

	@Test
	void clickingAnOutletShowsItsStoriesAndTheOutletsMostLikeIt() throws IOException {
		browser.open("#/");
		clickNode("sky.com");
		browser.await("return newsgraph.selectedOutlet === 'sky.com'");
		OutletDetail sky = bean(OutletQueries.class).byDomain("sky.com");

		assertThat(browser.find("aside h2").getText()).isEqualTo(sky.name());
		assertThat(browser.findAll("#outlet-stories li a")).extracting(WebElement::getText)
			.containsExactlyElementsOf(sky.latestStories().stream().map(story -> story.headline()).toList());
		assertThat(browser.findAll("tr.similar-outlet td:first-child")).extracting(WebElement::getText)
			.containsExactlyElementsOf(sky.similarOutlets()
				.stream()
				.map(similar -> similar.name() == null ? similar.domain() : similar.name())
				.toList());
		assertThat(browser.script("return newsgraph.cy.nodes('.faded').length + newsgraph.cy.getElementById('sky.com')"
				+ ".closedNeighborhood().nodes().length === newsgraph.cy.nodes().length"))
			.as("everything but the outlet and its neighbours is faded")
			.isEqualTo(true);
		browser.screenshot("network-outlet");

		browser.find("tr.similar-outlet a").click();
		browser.await("return newsgraph.selectedOutlet === arguments[0]", sky.similarOutlets().get(0).domain());
	}

	@Test
	void theStoryViewPutsItsArticlesOnATimelineByOutletWithTheFirstPublisherHighlighted() throws IOException {
		browser.open("#/");
		clickNode("sky.com");
		browser.await("return newsgraph.selectedOutlet === 'sky.com'");
		browser.andWaitForTheNextView(() -> browser.find("#outlet-stories li a").click());
		String storyId = ((String) browser.script("return location.hash")).substring("#/story/".length());
		StoryDetail story = bean(StoryQueries.class).byId(storyId);

		assertThat(browser.find("h1").getText()).isEqualTo(story.headline());
		long dated = story.articles().stream().filter(article -> article.publishedAt() != null).count();
		assertThat(browser.findAll("#story-timeline circle.article")).hasSize((int) dated);
		assertThat(browser.findAll("#story-timeline circle.first")).hasSize(1);
		assertThat(browser.find("#first-publisher").getText()).contains(story.firstPublisher().name());
		assertThat(browser.findAll("tr.story-article td:nth-child(3) a")).extracting(link -> link.getAttribute("href"))
			.containsExactlyElementsOf(story.articles().stream().map(StoryDetail.Article::url).toList());
		assertThat(browser.find("tr.first td:nth-child(2)").getText()).isEqualTo(story.firstPublisher().name());
		browser.screenshot("story");
	}

	@Test
	void theCampaignViewChartsAttentionAndListsWhoCarriedItWhoDidNotAndTheOrganisations() throws IOException {
		browser.open("#/campaigns");
		assertThat(browser.findAll("tr.campaign"))
			.hasSize((int) bean(CampaignQueries.class).list(new PageRequest(0, 100)).total());
		browser.andWaitForTheNextView(() -> browser.find("a[href='#/campaign/" + UK_CAMPAIGN + "']").click());
		CampaignDetail campaign = bean(CampaignQueries.class).byId(UK_CAMPAIGN);

		assertThat(browser.find("h1").getText()).isEqualTo(campaign.name());
		assertThat(browser.findAll("#attention rect.bar"))
			.hasSize(bean(CampaignQueries.class).timeline(UK_CAMPAIGN, TimelineInterval.MONTH).periods().size());
		assertThat(browser.findAll("tr.carried")).hasSize(campaign.outlets().size());
		assertThat(browser.findAll("li.silent")).hasSize(campaign.silentOutlets().size());
		assertThat(browser.findAll("tr.organisation td:first-child")).extracting(WebElement::getText)
			.containsExactlyElementsOf(
					campaign.mentionedOrganisations().stream().map(CampaignDetail.MentionedOrganisation::name).toList())
			.contains("Big Brother Watch");
		browser.screenshot("campaign");

		browser.andWaitForTheNextView(() -> browser.find("a[href$='interval=week']").click());
		assertThat(browser.findAll("#attention rect.bar"))
			.hasSize(bean(CampaignQueries.class).timeline(UK_CAMPAIGN, TimelineInterval.WEEK).periods().size());
	}

	@Test
	void theSearchBoxFindsStoriesAndArticlesAndExplainsAQueryThatDoesNotParse() throws IOException {
		browser.open("#/");
		browser.andWaitForTheNextView(() -> {
			browser.find("#search input").sendKeys("Liberty AND ban");
			browser.find("#search button").click();
		});

		assertThat(browser.find("#story-results h2").getText()).isEqualTo("1 story");
		assertThat(browser.find("#article-results h2").getText()).isEqualTo("1 article");
		assertThat(browser.find("#article-results a").getText())
			.isEqualTo("Campaigners call for ban on use of facial recognition tech in UK");
		assertThat(browser.find("#search-mode").getText()).startsWith("Ranked by the words");
		browser.screenshot("search");

		browser.andWaitForTheNextView(() -> browser.find("#article-results a.more-like-this").click());
		assertThat(browser.find("h1").getText())
			.isEqualTo("More like: Campaigners call for ban on use of facial recognition tech in UK");

		browser.open("#/search?q=%22unclosed");
		assertThat(browser.find(".problem").getText()).startsWith("q: not a valid Lucene query");
		assertThat(browser.script("return document.body.dataset.state")).isEqualTo("failed");
		assertThat(browser.consoleErrors()).as("the browser reports the refused request, and nothing else")
			.allSatisfy(error -> assertThat(error).contains("q=%22unclosed", "400 (Bad Request)"));
	}

	@Test
	void aServerThatProtectsItsReadsHasThePageAskForTheTokenAndDrawWithIt() throws IOException {
		try (EmbeddedServer guarded = serve(
				Map.of("newsgraph.api.token", GUARD_TOKEN, "newsgraph.api.protect-reads", true));
				HeadlessChromium page = HeadlessChromium.launch(guarded.getURL().toString())) {
			page.open("#/");
			assertThat(page.script("return document.body.dataset.state")).isEqualTo("token");
			assertThat(page.find("form.token [role=alert]").getText()).contains("needs the API token");

			page.andWaitForTheNextView(() -> {
				page.find("form.token input").sendKeys(GUARD_TOKEN + "-wrong");
				page.find("form.token button").click();
			});
			assertThat(page.find("form.token [role=alert]").getText()).isEqualTo("The token sent is not the API token");

			page.andWaitForTheNextView(() -> {
				page.find("form.token input").sendKeys(GUARD_TOKEN);
				page.find("form.token button").click();
			});
			assertThat(page.script("return document.body.dataset.state")).isEqualTo("ready");
			@SuppressWarnings("unchecked")
			List<String> drawn = (List<String>) page.script("return newsgraph.cy.nodes().map(node => node.id())");
			assertThat(drawn).hasSameSizeAs(
					bean(NetworkQueries.class).outlets(new NetworkFilter(null, null, null, null, 1, 500)).nodes());
			assertThat(page.consoleErrors()).as("the browser reports the refused requests, and nothing else")
				.allSatisfy(error -> assertThat(error).contains("401 (Unauthorized)"));
		}
	}

	private List<String> drawnNodeIds() {
		@SuppressWarnings("unchecked")
		List<String> ids = (List<String>) browser.script("return newsgraph.cy.nodes().map(node => node.id())");
		return ids;
	}

	private long drawnCount(String elements) {
		return ((Number) browser.script("return newsgraph.cy." + elements + "().length")).longValue();
	}

	/** A real click where Cytoscape drew the node. */
	private void clickNode(String id) {
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) browser
			.script("return newsgraph.cy.getElementById(arguments[0]).renderedPosition()", id);
		WebElement graph = browser.find("#graph canvas:last-child");
		Rectangle box = graph.getRect();
		new Actions(browser.driver())
			.moveToElement(graph, (int) Math.round(position.get("x").doubleValue() - box.getWidth() / 2.0),
					(int) Math.round(position.get("y").doubleValue() - box.getHeight() / 2.0))
			.click()
			.perform();
	}

	/** Status and content type of a link, fetched by the page. */
	private String fetched(String url) {
		return (String) browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(response => done(response.status + ' '"
					+ " + response.headers.get('content-type')))", url);
	}

	private static <T> T bean(Class<T> type) {
		return server.getApplicationContext().getBean(type);
	}

}
