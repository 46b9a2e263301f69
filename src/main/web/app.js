'use strict';

// The newsgraph web page: one script, no build step, every view drawn from the HTTP API.
// Views are addressed by the URL's fragment (#/, #/story/ID, #/campaign/ID, #/search?q=, #/similar/ARTICLE-ID),
// so each can be bookmarked and shared. Text from the graph only ever reaches the page
// as text nodes or attribute values, never as markup.
(() => {
  const view = document.getElementById('view');
  const SVG = 'http://www.w3.org/2000/svg';
  const PALETTE = ['#2563eb', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490',
    '#a16207', '#be185d', '#4d7c0f', '#1e3a8a', '#9a3412', '#047857'];
  const OTHER_COMMUNITIES = '#94a3b8';
  const NETWORK_FILTERS = ['campaign', 'topic', 'from', 'to', 'minWeight', 'maxNodes'];

  // What the page shows, for people poking at it in the console and for the browser tests.
  // rendered counts the views drawn, so a test can wait for the next one.
  const page = window.newsgraph = { view: null, cy: null, selectedOutlet: null, rendered: 0 };

  function element(namespace, tag, attributes, children) {
    const node = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name.startsWith('on')) {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  const el = (tag, attributes, ...children) => element(null, tag, attributes, children);
  const svg = (tag, attributes, ...children) => element(SVG, tag, attributes, children);

  class Problem extends Error {
  }

  // The server protects its reads (NEWSGRAPH_PROTECT_READS): the page asks for the token.
  class TokenNeeded extends Problem {
  }

  // The API token, when the server asks for one: kept for this tab only, sent with every request.
  const TOKEN_KEY = 'newsgraph.token';

  function authorised(headers) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { ...headers, Authorization: 'Bearer ' + token } : headers;
  }

  function queryString(parameters) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters || {})) {
      if (value !== null && value !== undefined && String(value).trim() !== '') {
        query.set(name, String(value).trim());
      }
    }
    const text = query.toString();
    return text ? '?' + text : '';
  }

  async function api(path, parameters) {
    const response = await fetch(path + queryString(parameters), { headers: authorised({ Accept: 'application/json' }) });
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        message = problem.detail || problem.title || message;
      } catch (ignored) {
        // Not a problem document: the status says enough.
      }
      throw response.status === 401 ? new TokenNeeded(message) : new Problem(message);
    }
    return response.json();
  }

  // A plain link cannot carry the token: with one, downloads are fetched and handed over as a file.
  async function download(event) {
    if (!sessionStorage.getItem(TOKEN_KEY)) {
      return;
    }
    event.preventDefault();
    const link = event.currentTarget;
    const response = await fetch(link.href, { headers: authorised({}) });
    const file = URL.createObjectURL(await response.blob());
    const save = el('a', { href: file, download: link.dataset.format ? 'outlets.' + link.dataset.format : true });
    save.click();
    URL.revokeObjectURL(file);
  }

  function tokenForm(problem) {
    const form = el('form', { class: 'token', onsubmit: (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, new FormData(event.target).get('token'));
      render();
    } },
    el('p', { role: 'alert' }, problem.message),
    el('label', {}, 'API token ', el('input', { name: 'token', type: 'password', autocomplete: 'off', required: true })),
    el('button', { type: 'submit' }, 'Use'));
    return form;
  }

  // Links to originals are followed only when they are web addresses.
  function original(url, text) {
    return /^https?:\/\//i.test(url || '') ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
  }

  const day = (iso) => (iso ? iso.slice(0, 10) : '—');
  const minute = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : 'time unknown');
  const outletName = (outlet) => (outlet ? outlet.name || outlet.domain : 'unknown outlet');
  const plural = (count, one, many) => count + ' ' + (count === 1 ? one : many);

  function table(headings, rows) {
    return el('table', {},
      el('thead', {}, el('tr', {}, headings.map((heading) => el('th', { class: heading.number ? 'number' : null }, heading.label || heading)))),
      el('tbody', {}, rows));
  }

  function storyLink(story) {
    return el('a', { href: '#/story/' + encodeURIComponent(story.id) }, story.headline);
  }

  // ---------------------------------------------------------------- coverage network

  async function networkView(parameters) {
    const filters = Object.fromEntries(NETWORK_FILTERS.map((name) => [name, parameters.get(name) || '']));
    const [campaigns, network] = await Promise.all([api('/api/campaigns', { size: 100 }), api('/api/network/outlets', filters)]);
    const graph = el('div', { id: 'graph', role: 'img', 'aria-label': 'Outlets linked by the stories they share' });
    const panel = el('aside', { id: 'outlet' }, el('p', { class: 'muted' }, 'Click an outlet to see its stories and the outlets most like it.'));
    const communities = new Set(network.nodes.map((node) => node.attributes.community)).size;
    view.replaceChildren(
      el('h1', {}, 'Who covers the same stories'),
      networkFilters(filters, campaigns.items),
      el('p', { id: 'network-summary' },
        plural(network.nodes.length, 'outlet', 'outlets') + ', ' + plural(network.edges.length, 'link', 'links') + ' (shared stories), '
        + plural(communities, 'community', 'communities') + '. Size: stories covered; colour: community (Louvain).'),
      el('div', { class: 'network' }, graph, panel));
    page.cy = drawNetwork(graph, network, panel);
    if (network.nodes.length === 0) {
      panel.replaceChildren(el('p', {}, 'No outlets share a story under these filters.'));
    }
  }

  function networkFilters(filters, campaigns) {
    const field = (label, input) => el('label', {}, label, input);
    const form = el('form', { class: 'filters', id: 'filters', onsubmit: (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(form).entries());
      location.hash = '#/' + queryString(values);
    } },
    field('Campaign', el('select', { name: 'campaign' }, el('option', { value: '' }, 'All articles'),
      campaigns.map((campaign) => el('option', { value: campaign.id, selected: campaign.id === filters.campaign }, campaign.name)))),
    field('Topic', el('input', { name: 'topic', value: filters.topic, placeholder: 'e.g. Computer Vision' })),
    field('From', el('input', { name: 'from', type: 'date', value: filters.from })),
    field('To', el('input', { name: 'to', type: 'date', value: filters.to })),
    field('Min. shared stories', el('input', { name: 'minWeight', type: 'number', min: 1, value: filters.minWeight || 1 })),
    field('Max. outlets', el('input', { name: 'maxNodes', type: 'number', min: 1, max: 5000, value: filters.maxNodes || 500 })),
    el('button', { type: 'submit' }, 'Show'),
    el('span', { class: 'downloads' }, 'Download what is shown:',
      [['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML'], ['csv', 'CSV']].map(([format, label]) =>
        el('a', { href: '/api/network/outlets' + queryString({ ...filters, format }), download: true, 'data-format': format, onclick: download }, label))));
    return form;
  }

  function drawNetwork(container, network, panel) {
    const largest = Math.max(1, ...network.nodes.map((node) => node.attributes.stories));
    const heaviest = Math.max(1, ...network.edges.map((edge) => edge.weight));
    const elements = [
      ...network.nodes.map((node) => ({ data: {
        id: node.id, label: node.label, stories: node.attributes.stories, community: node.attributes.community,
        colour: PALETTE[node.attributes.community] || OTHER_COMMUNITIES,
        size: 12 + 44 * Math.sqrt(node.attributes.stories / largest),
      } })),
      ...network.edges.map((edge, index) => ({ data: {
        id: 'link' + index, source: edge.source, target: edge.target, weight: edge.weight,
        width: 1 + 5 * (edge.weight / heaviest),
      } })),
    ];
    const cy = cytoscape({
      container,
      elements,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': 7, color: '#1f2933' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#94a3b8', opacity: 0.7, 'curve-style': 'haystack' } },
        { selector: 'node.selected', style: { 'border-width': 3, 'border-color': '#111827' } },
        { selector: '.faded', style: { opacity: 0.12 } },
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, componentSpacing: 80 },
    });
    cy.on('tap', 'node', (event) => selectOutlet(cy, event.target.id(), panel));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        cy.elements().removeClass('faded selected');
      }
    });
    return cy;
  }

  async function selectOutlet(cy, domain, panel) {
    const node = cy.getElementById(domain);
    cy.elements().removeClass('selected').addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    node.addClass('selected');
    panel.replaceChildren(el('p', { class: 'muted' }, 'Loading ' + domain + '…'));
    try {
      const outlet = await api('/api/outlets/' + encodeURIComponent(domain));
      panel.replaceChildren(
        el('h2', {}, outlet.name || outlet.domain),
        el('p', { class: 'muted' }, outlet.domain + ': ' + plural(outlet.articles, 'article', 'articles') + ' in '
          + plural(outlet.stories, 'story', 'stories') + ', ' + day(outlet.firstPublishedAt) + ' to ' + day(outlet.lastPublishedAt)),
        el('h2', {}, 'Latest stories'),
        el('ul', { class: 'plain', id: 'outlet-stories' }, outlet.latestStories.map((story) =>
          el('li', {}, storyLink(story), ' ', el('span', { class: 'muted' }, plural(story.outletCount, 'outlet', 'outlets'))))),
        el('h2', {}, 'Most similar outlets'),
        outlet.similarOutlets.length === 0 ? el('p', { class: 'muted' }, 'No outlet shares a story with it.')
          : table(['Outlet', { label: 'Shared', number: true }, { label: 'Jaccard', number: true }],
            outlet.similarOutlets.map((similar) => el('tr', { class: 'similar-outlet' },
              el('td', {}, cy.getElementById(similar.domain).nonempty()
                ? el('a', { href: '#', onclick: (event) => { event.preventDefault(); selectOutlet(cy, similar.domain, panel); } }, similar.name || similar.domain)
                : similar.name || similar.domain),
              el('td', { class: 'number' }, similar.sharedStories),
              el('td', { class: 'number' }, similar.jaccard.toFixed(2))))));
      page.selectedOutlet = domain;
    } catch (problem) {
      panel.replaceChildren(problemBox(problem));
    }
  }

  // ---------------------------------------------------------------- story

  async function storyView(id) {
    const story = await api('/api/stories/' + encodeURIComponent(id));
    const first = story.articles.find((article) => article.publishedAt);
    view.replaceChildren(
      el('h1', {}, story.headline),
      el('p', { class: 'muted' }, plural(story.articleCount, 'article', 'articles') + ' from ' + plural(story.outletCount, 'outlet', 'outlets')
        + ', ' + day(story.firstPublishedAt) + ' to ' + day(story.lastPublishedAt) + '. Terms: ' + story.topTerms.join(', ')),
      el('p', { id: 'first-publisher' }, 'First published by ', el('strong', {}, outletName(story.firstPublisher)),
        first ? ' at ' + minute(first.publishedAt) + ' UTC' : ''),
      el('h2', {}, 'Articles on a timeline, one row per outlet'),
      storyTimeline(story.articles, first),
      el('h2', {}, 'Articles'),
      table(['Published (UTC)', 'Outlet', 'Title', ''], story.articles.map((article) =>
        el('tr', { class: article === first ? 'story-article first' : 'story-article' },
          el('td', {}, minute(article.publishedAt)),
          el('td', {}, outletName(article.outlet)),
          el('td', {}, original(article.url, article.title)),
          el('td', {}, article === first ? el('span', { class: 'badge' }, 'first') : '',
            article.syndicated ? el('span', { class: 'badge quiet' }, 'syndicated copy') : '')))),
      el('h2', {}, 'Similar stories'),
      (story.similarStories || []).length === 0 ? el('p', { class: 'muted' }, 'None.')
        : el('ul', { class: 'plain' }, story.similarStories.map((similar) =>
          el('li', {}, storyLink(similar), ' ', el('span', { class: 'muted' }, 'similarity ' + similar.score.toFixed(2))))));
  }

  function storyTimeline(articles, first) {
    const dated = articles.filter((article) => article.publishedAt);
    if (dated.length === 0) {
      return el('p', { class: 'muted' }, 'No article of this story has a publication time.');
    }
    const outlets = [...new Set(dated.map((article) => outletName(article.outlet)))];
    const times = dated.map((article) => Date.parse(article.publishedAt));
    const hour = 3600 * 1000;
    const start = Math.min(...times) - hour;
    const end = Math.max(...times) + hour;
    const left = 190;
    const width = 920;
    const row = 24;
    const height = outlets.length * row + 40;
    const x = (time) => left + ((time - start) / (end - start)) * (width - left - 20);
    const chart = svg('svg', { id: 'story-timeline', width, height, viewBox: `0 0 ${width} ${height}` });
    outlets.forEach((outlet, index) => {
      chart.append(svg('text', { x: left - 8, y: index * row + 20, 'text-anchor': 'end' }, outlet.length > 28 ? outlet.slice(0, 27) + '…' : outlet));
      chart.append(svg('line', { class: 'axis', x1: left, x2: width - 20, y1: index * row + 16, y2: index * row + 16, 'stroke-dasharray': '2 4' }));
    });
    const axis = outlets.length * row + 12;
    chart.append(svg('line', { class: 'axis', x1: left, x2: width - 20, y1: axis, y2: axis }));
    for (let tick = 0; tick <= 4; tick++) {
      const time = start + ((end - start) * tick) / 4;
      const anchor = tick === 0 ? 'start' : tick === 4 ? 'end' : 'middle';
      chart.append(svg('text', { x: x(time), y: axis + 16, 'text-anchor': anchor }, minute(new Date(time).toISOString())));
    }
    for (const article of dated) {
      chart.append(svg('circle', {
        class: article === first ? 'article first' : 'article',
        cx: x(Date.parse(article.publishedAt)), cy: outlets.indexOf(outletName(article.outlet)) * row + 16, r: article === first ? 8 : 6,
      }, svg('title', {}, minute(article.publishedAt) + ' UTC, ' + outletName(article.outlet) + ': ' + article.title)));
    }
    return chart;
  }

  // ---------------------------------------------------------------- campaigns

  async function campaignsView() {
    const campaigns = await api('/api/campaigns', { size: 100 });
    view.replaceChildren(
      el('h1', {}, 'Campaigns'),
      el('p', { class: 'muted' }, 'Defined in the campaign files; an article belongs to a campaign when its title or excerpt matches the campaign\'s query.'),
      campaigns.items.length === 0 ? el('p', {}, 'No campaigns are defined.')
        : table(['Campaign', { label: 'Articles', number: true }, { label: 'Outlets', number: true }, 'Coverage', 'Run by'],
          campaigns.items.map((campaign) => el('tr', { class: 'campaign' },
            el('td', {}, el('a', { href: '#/campaign/' + encodeURIComponent(campaign.id) }, campaign.name)),
            el('td', { class: 'number' }, campaign.articles),
            el('td', { class: 'number' }, campaign.outlets),
            el('td', {}, day(campaign.firstPublishedAt) + ' to ' + day(campaign.lastPublishedAt)),
            el('td', {}, campaign.organisations.map((organisation) => organisation.name).join(', '))))));
  }

  async function campaignView(id, parameters) {
    const interval = ['day', 'week', 'month'].includes(parameters.get('interval')) ? parameters.get('interval') : 'month';
    const [campaign, timeline] = await Promise.all([
      api('/api/campaigns/' + encodeURIComponent(id)),
      api('/api/campaigns/' + encodeURIComponent(id) + '/timeline', { interval }),
    ]);
    const names = (organisations) => organisations.map((organisation) => organisation.name).join(', ') || 'none named';
    view.replaceChildren(
      el('h1', {}, campaign.name),
      el('p', {}, campaign.description || ''),
      el('p', { class: 'muted' }, plural(campaign.articles, 'article', 'articles') + ', ' + day(campaign.firstPublishedAt) + ' to '
        + day(campaign.lastPublishedAt) + '. Run by: ' + names(campaign.organisations) + '. Targets: ' + names(campaign.targets) + '. ',
        el('a', { href: '#/' + queryString({ campaign: campaign.id }) }, 'Its co-coverage network')),
      el('h2', {}, 'Attention over time'),
      el('p', {}, ['day', 'week', 'month'].map((choice) => [choice === interval ? el('strong', {}, choice)
        : el('a', { href: '#/campaign/' + encodeURIComponent(id) + '?interval=' + choice }, choice), ' '])),
      attentionChart(timeline),
      el('div', { class: 'columns' },
        el('section', {}, el('h2', {}, 'Outlets that carried it'),
          table(['Outlet', { label: 'Articles', number: true }, 'First article'], campaign.outlets.map((outlet) =>
            el('tr', { class: 'carried' }, el('td', {}, outlet.name || outlet.domain), el('td', { class: 'number' }, outlet.articles),
              el('td', {}, day(outlet.firstPublishedAt)))))),
        el('section', {}, el('h2', {}, 'Outlets that did not'),
          el('p', { class: 'muted' }, 'Published during its coverage, but nothing of it (most active first).'),
          el('ul', { class: 'plain' }, campaign.silentOutlets.map((outlet) =>
            el('li', { class: 'silent' }, outlet.name || outlet.domain, ' ', el('span', { class: 'muted' }, plural(outlet.articles, 'article', 'articles')))))),
        el('section', {}, el('h2', {}, 'Organisations'),
          table(['Organisation', 'Role', { label: 'Articles', number: true }], campaign.mentionedOrganisations.map((organisation) =>
            el('tr', { class: 'organisation' }, el('td', {}, organisation.name),
              el('td', {}, el('span', { class: organisation.role === 'mentioned' ? 'badge quiet' : 'badge' }, organisation.role)),
              el('td', { class: 'number' }, organisation.articles)))))),
      el('h2', {}, 'Stories'),
      table(['Story', { label: 'Campaign articles', number: true }, { label: 'Outlets', number: true }, 'First publisher', 'First published'],
        campaign.stories.map((story) => el('tr', {}, el('td', {}, storyLink(story)), el('td', { class: 'number' }, story.campaignArticles),
          el('td', { class: 'number' }, story.outletCount), el('td', {}, outletName(story.firstPublisher)), el('td', {}, day(story.firstPublishedAt))))));
  }

  function attentionChart(timeline) {
    const periods = timeline.periods;
    if (periods.length === 0) {
      return el('p', { class: 'muted' }, 'No articles yet.');
    }
    const width = 920;
    const height = 220;
    const bottom = 190;
    const highest = Math.max(1, ...periods.map((period) => period.articles));
    const step = (width - 60) / periods.length;
    const chart = svg('svg', { id: 'attention', width, height, viewBox: `0 0 ${width} ${height}` });
    chart.append(svg('line', { class: 'axis', x1: 40, x2: width - 10, y1: bottom, y2: bottom }));
    chart.append(svg('text', { x: 34, y: 20, 'text-anchor': 'end' }, highest));
    chart.append(svg('text', { x: 34, y: bottom, 'text-anchor': 'end' }, 0));
    const labelEvery = Math.ceil(periods.length / 8);
    periods.forEach((period, index) => {
      const barHeight = ((bottom - 20) * period.articles) / highest;
      chart.append(svg('rect', { class: 'bar', x: 44 + index * step, y: bottom - barHeight, width: Math.max(1, step - 2), height: barHeight,
        'data-start': period.start, 'data-articles': period.articles },
      svg('title', {}, period.start + ': ' + plural(period.articles, 'article', 'articles') + ' from ' + plural(period.outlets, 'outlet', 'outlets'))));
      if (index % labelEvery === 0) {
        chart.append(svg('text', { x: 44 + index * step, y: bottom + 16 }, timeline.interval === 'month' ? period.start.slice(0, 7) : period.start));
      }
    });
    return chart;
  }

  // ---------------------------------------------------------------- search

  const RANKED_BY = {
    hybrid: 'Ranked by meaning, raised where the words match.',
    semantic: 'Ranked by meaning.',
    text: 'Ranked by the words they share with the query (search by meaning is turned off).',
  };

  async function searchView(parameters) {
    const text = parameters.get('q') || '';
    document.querySelector('#search input').value = text;
    // Empty lists are left out of the answer.
    const found = await api('/api/search', { q: text, size: 20 });
    found.stories = found.stories || [];
    found.articles = found.articles || [];
    view.replaceChildren(
      el('h1', {}, 'Search: ' + text),
      el('p', { id: 'search-mode', class: 'muted' }, RANKED_BY[found.mode]),
      el('div', { class: 'columns' },
        el('section', { id: 'story-results' }, el('h2', {}, plural(found.stories.length, 'story', 'stories')),
          el('ul', { class: 'plain' }, found.stories.map(({ story }) => el('li', {}, storyLink(story), ' ',
            el('span', { class: 'muted' }, plural(story.articleCount, 'article', 'articles') + ', ' + day(story.firstPublishedAt)))))),
        el('section', { id: 'article-results' }, el('h2', {}, plural(found.articles.length, 'article', 'articles')),
          el('ul', { class: 'plain' }, found.articles.map(({ article }) => el('li', {}, original(article.url, article.title), ' ',
            el('span', { class: 'muted' }, outletName(article.outlet) + ', ' + day(article.publishedAt) + ' · '),
            moreLikeThis(article)))))));
  }

  function moreLikeThis(article) {
    return el('a', { class: 'more-like-this', href: '#/similar/' + encodeURIComponent(article.id) }, 'more like this');
  }

  // "More like this": the articles nearest one in meaning, with what else they share with it.
  async function similarView(id) {
    const [article, similar] = await Promise.all([api('/api/articles/' + encodeURIComponent(id)), api('/api/articles/' + encodeURIComponent(id) + '/similar', { k: 20 })]);
    const why = (other) => [
      other.by === 'meaning' ? 'meaning ' + other.similarity.toFixed(2) : 'shared words ' + other.similarity.toFixed(2),
      other.sharedOrganisations > 0 ? plural(other.sharedOrganisations, 'organisation', 'organisations') + ' named by both' : null,
      other.daysApart === null || other.daysApart === undefined ? null : other.daysApart < 1 ? 'the same day' : Math.round(other.daysApart) + ' days apart',
      other.sameOutlet ? 'same outlet' : null,
    ].filter(Boolean).join(', ');
    view.replaceChildren(
      el('h1', {}, 'More like: ' + article.title),
      el('p', { class: 'muted' }, outletName(article.outlet) + ', ' + day(article.publishedAt),
        article.story ? [' · story: ', storyLink(article.story)] : ''),
      similar.length === 0 ? el('p', { class: 'muted' }, 'No similar article yet: its sentence vector is still being worked out, and no story links it by words.')
        : table(['Title', 'Outlet', 'Published', 'Why'], similar.map((other) => el('tr', { class: 'similar-article' },
          el('td', {}, original(other.article.url, other.article.title), ' ', moreLikeThis(other.article)),
          el('td', {}, outletName(other.article.outlet)),
          el('td', {}, day(other.article.publishedAt)),
          el('td', { class: 'muted' }, why(other))))));
  }

  // ---------------------------------------------------------------- routing

  function problemBox(problem) {
    return el('p', { class: 'problem', role: 'alert' }, problem instanceof Problem ? problem.message : 'Something went wrong: ' + problem);
  }

  // While the server's first load runs (serve answers as soon as Neo4j is up), the page says how far it has got and
  // draws once the graph is ready. Later updates (uploads) do not hold the page: it draws what is there.
  let firstLoadDone = false;
  let checkAgain = null;

  async function firstLoadProgress() {
    try {
      const response = await fetch('/health/readiness', { headers: { Accept: 'application/json' } });
      const updates = (await response.json()).details?.updates?.details;
      return updates && updates.state !== 'ready' ? updates : null;
    } catch (unreadable) {
      // No health report to read: draw what the API gives.
      return null;
    }
  }

  function progressView(progress) {
    const what = progress.state === 'loading' ? 'Loading documents' : 'Analysing: ' + progress.step;
    const counts = progress.total > 0
      ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`
      : progress.done > 0 ? progress.done.toLocaleString() : '';
    return el('section', { class: 'updating', role: 'status' },
      el('h1', {}, what),
      el('progress', { id: 'update-progress', max: progress.total > 0 ? progress.total : null,
        value: progress.total > 0 ? progress.done : null }),
      el('p', { class: 'muted' }, counts, ' The page draws the graph when it is ready.'));
  }

  async function render() {
    clearTimeout(checkAgain);
    if (!firstLoadDone) {
      const progress = await firstLoadProgress();
      if (progress) {
        view.replaceChildren(progressView(progress));
        document.body.dataset.state = 'updating';
        checkAgain = setTimeout(render, 1000);
        return;
      }
      firstLoadDone = true;
    }
    document.body.dataset.state = 'loading';
    const [path, search] = location.hash.replace(/^#/, '').split('?');
    const parameters = new URLSearchParams(search || '');
    const [, section, id] = (path || '/').split('/').map(decodeURIComponent);
    page.view = section || 'network';
    page.cy = null;
    page.selectedOutlet = null;
    try {
      if (section === 'story' && id) {
        await storyView(id);
      } else if (section === 'campaign' && id) {
        await campaignView(id, parameters);
      } else if (section === 'campaigns') {
        await campaignsView();
      } else if (section === 'search') {
        await searchView(parameters);
      } else if (section === 'similar' && id) {
        await similarView(id);
      } else {
        page.view = 'network';
        await networkView(parameters);
      }
      document.body.dataset.state = 'ready';
    } catch (problem) {
      if (problem instanceof TokenNeeded) {
        sessionStorage.removeItem(TOKEN_KEY);
        view.replaceChildren(tokenForm(problem));
        document.body.dataset.state = 'token';
      } else {
        view.replaceChildren(problemBox(problem));
        document.body.dataset.state = 'failed';
      }
    }
    document.body.dataset.view = page.view;
    page.rendered++;
  }

  document.getElementById('search').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/search' + queryString({ q: new FormData(event.target).get('q') });
  });
  window.addEventListener('hashchange', render);
  render();
})();
