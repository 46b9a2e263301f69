package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.graph.CypherStatement;

class BrowserGuideTest {

	@Test
	void eachCypherFileBecomesASlideWithItsCommentsAsTextAndItsParametersAndStatementRunnable() {
		CypherStatement guide = new CypherStatement("guide/01-example",
				"// A title\n// Some explanation\n// of two lines.\nMATCH (n) WHERE n.x < 3 RETURN n");
		CypherStatement read = new CypherStatement("read/article",
				"// One article.\n// :param id => '664e61e3c94593aa7203'\nMATCH (a:Article {id: $id})\nRETURN a");

		String html = BrowserGuide.render("Welcome", "Hello & welcome.", List.of(guide, read));

		assertThat(html.split("<slide ", -1)).hasSize(4);
		assertThat(html).contains("<h3>Welcome</h3>", "<p>Hello &amp; welcome.</p>", "<h3>A title</h3>",
				"<p>Some explanation of two lines.</p>",
				"<pre class=\"pre-scrollable code runnable\">MATCH (n) WHERE n.x &lt; 3 RETURN n</pre>",
				"<h3>The app's query read/article</h3>",
				"<pre class=\"pre-scrollable code runnable\">:param id =&gt; '664e61e3c94593aa7203'</pre>",
				"<pre class=\"pre-scrollable code runnable\">MATCH (a:Article {id: $id})\nRETURN a</pre>");
	}

}
