/* relgraph graph page: draws the view held in the JSON block with vis-network and wires the
   search box, the filters, the evidence tooltips and neighbourhood highlighting.

   Every string in the data comes from news articles and is untrusted. It reaches the
   document only through textContent, form values and vis-network's canvas, never as
   markup, so a quote holding HTML shows as the text it is. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("rg-data").textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const DIM = 0.12;
  const INK = data.options.nodes.font.color;
  const FADED = "rgba(120, 120, 120, 0.35)";
  const MAX_LISTED = 50;
  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  }

  const network = new vis.Network($("rg-graph"), { nodes, edges }, data.options);
  // Scripts, notebooks and tests reach the network the way they do on pyvis pages.
  window.network = network;

  // ---- evidence cards: the tooltip and the details panel show the same content --------
  function link(url) {
    let safe = false;
    try {
      safe = ["http:", "https:"].includes(new URL(url).protocol);
    } catch (err) {
      safe = false;
    }
    if (!safe) return document.createTextNode(url);
    const anchor = el("a", url);
    anchor.href = url;
    anchor.target = "_blank";
    anchor.rel = "noopener noreferrer";
    return anchor;
  }

  function card(rg, heading, clickable) {
    const box = el("div", null, "rg-card");
    box.append(el(heading, rg.title));
    if (rg.text) box.append(el("blockquote", rg.text));
    const list = el("dl");
    for (const [name, value] of rg.rows) list.append(el("dt", name), el("dd", value));
    if (rg.url) {
      const dd = el("dd");
      dd.append(clickable ? link(rg.url) : document.createTextNode(rg.url));
      list.append(el("dt", "link"), dd);
    }
    box.append(list);
    return box;
  }

  // ---- tooltip --------------------------------------------------------------------------
  const tip = $("rg-tip");
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    const frame = $("rg-graph").getBoundingClientRect();
    let x = frame.left + pointer.x + 14;
    let y = frame.top + pointer.y + 14;
    if (x + tip.offsetWidth > window.innerWidth - 8) x = Math.max(8, x - tip.offsetWidth - 28);
    if (y + tip.offsetHeight > window.innerHeight - 8) y = Math.max(8, y - tip.offsetHeight - 28);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  const hideTip = () => { tip.hidden = true; };
  network.on("hoverNode", (p) => showTip(card(nodeById.get(p.node).rg, "h3", false), p.pointer.DOM));
  network.on("hoverEdge", (p) => showTip(card(edgeById.get(p.edge).rg, "h3", false), p.pointer.DOM));
  for (const event of ["blurNode", "blurEdge", "dragStart", "zoom"]) network.on(event, hideTip);

  // ---- neighbourhood highlight and details ------------------------------------------------
  // vis-network re-processes every item a DataSet update names, so only the items whose
  // state changes are sent: unfiltered, unhighlighted pages make no updates at all.
  function sync(dataset, members, items, wanted, change) {
    const updates = [];
    for (const item of items) {
      const want = wanted(item);
      if (want === members.has(item.id)) continue;
      if (want) members.add(item.id); else members.delete(item.id);
      updates.push(change(item, want));
    }
    if (updates.length) dataset.update(updates);
  }

  const dimmedNodes = new Set();
  const dimmedEdges = new Set();
  const edgeColor = (e, opacity) =>
    ({ color: e.rg.color, highlight: e.rg.color, hover: e.rg.color, opacity });

  function highlight(id) {
    const near = new Set(id === null ? [] : network.getConnectedNodes(id)).add(id);
    const touching = new Set(id === null ? [] : network.getConnectedEdges(id));
    sync(nodes, dimmedNodes, data.nodes, (n) => id !== null && !near.has(n.id),
      (n, dim) => ({ id: n.id, opacity: dim ? DIM : 1, font: { ...n.font, color: dim ? FADED : INK } }));
    sync(edges, dimmedEdges, data.edges, (e) => id !== null && !touching.has(e.id),
      (e, dim) => ({ id: e.id, color: edgeColor(e, dim ? DIM : 1) }));
  }

  const clearHighlight = () => highlight(null);

  function showDetails(...content) {
    $("rg-details").replaceChildren(el("h2", "Details"), ...content);
  }

  const idleDetails = () => showDetails(el("p",
    "Hover a node or a relation to see its evidence; click it to pin it here and to " +
    "highlight its neighbourhood.", "rg-hint"));

  function nodeDetails(id) {
    const shown = network.getConnectedEdges(id).map((e) => edgeById.get(e))
      .filter((e) => !e.rg.structural && !hiddenEdges.has(e.id));
    const parts = [card(nodeById.get(id).rg, "h3", true)];
    if (shown.length) {
      parts.push(el("h2", `Relations (${shown.length})`));
      const list = el("ol", null, "rg-rels");
      for (const e of shown.slice(0, MAX_LISTED)) {
        const item = el("li");
        item.append(card(e.rg, "h4", true));
        list.append(item);
      }
      parts.push(list);
      if (shown.length > MAX_LISTED) parts.push(el("p", `and ${shown.length - MAX_LISTED} more`, "rg-hint"));
    }
    return parts;
  }

  function selectNode(id) {
    highlight(id);
    showDetails(...nodeDetails(id));
  }

  network.on("click", (p) => {
    if (p.nodes.length) {
      selectNode(p.nodes[0]);
    } else if (p.edges.length) {
      clearHighlight();
      showDetails(card(edgeById.get(p.edges[0]).rg, "h3", true));
    } else {
      clearHighlight();
      idleDetails();
    }
  });

  // ---- filters ------------------------------------------------------------------------------
  const facets = data.facets;

  function option(value, text) {
    const item = el("option", text);
    item.value = value;
    return item;
  }

  function buildFilters() {
    for (const kind of data.legend.kinds) {
      const box = el("input");
      box.type = "checkbox";
      box.value = kind.kind;
      box.checked = true;
      const label = el("label");
      label.append(box, swatch("line", kind.color, kind.dashes), document.createTextNode(kind.name));
      $("rg-kinds").append(label);
    }
    for (const field of facets.fields) $("rg-field").append(option(field, field));
    $("rg-field-box").hidden = facets.fields.length === 0;
    for (const [code, name] of facets.countries) $("rg-country").append(option(code, `${name} (${code})`));
    $("rg-dates").hidden = !facets.dates;
    if (facets.dates) {
      for (const id of ["rg-from", "rg-to"]) [$(id).min, $(id).max] = facets.dates;
    }
    for (const id of ["rg-kinds", "rg-field", "rg-country", "rg-from", "rg-to"]) {
      $(id).addEventListener("change", applyFilters);
    }
    $("rg-reset").addEventListener("click", reset);
  }

  function currentFilters() {
    const checked = document.querySelectorAll("#rg-kinds input:checked");
    return {
      kinds: new Set(Array.from(checked, (box) => box.value)),
      field: $("rg-field").value,
      country: $("rg-country").value,
      from: $("rg-from").value,
      to: $("rg-to").value,
    };
  }

  function passes(e, f) {
    if (!e.rg.kinds.some((k) => f.kinds.has(k))) return false;
    if (f.field && !e.rg.fields.includes(f.field)) return false;
    if (f.country && !e.rg.countries.includes(f.country)) return false;
    if (f.from || f.to) {
      const date = e.rg.date;
      if (!date || (f.from && date < f.from) || (f.to && date.slice(0, 10) > f.to)) return false;
    }
    return true;
  }

  const hiddenNodes = new Set();
  const hiddenEdges = new Set();

  // A node shows when a relation that passes the filters touches it. Structural links (the
  // country a person serves) carry no evidence of their own: they show between shown nodes.
  function applyFilters() {
    const f = currentFilters();
    const active = f.field || f.country || f.from || f.to || f.kinds.size < data.legend.kinds.length;
    const shown = new Set(active ? [] : data.nodes.map((n) => n.id));
    const visible = new Map();
    for (const e of data.edges) {
      if (e.rg.structural) continue;
      const ok = passes(e, f);
      visible.set(e.id, ok);
      if (ok) shown.add(e.from).add(e.to);
    }
    for (const e of data.edges) {
      if (!e.rg.structural) continue;
      visible.set(e.id, e.rg.kinds.some((k) => f.kinds.has(k)) && shown.has(e.from) && shown.has(e.to));
    }
    clearHighlight();
    sync(nodes, hiddenNodes, data.nodes, (n) => !shown.has(n.id), (n, hide) => ({ id: n.id, hidden: hide }));
    sync(edges, hiddenEdges, data.edges, (e) => !visible.get(e.id), (e, hide) => ({ id: e.id, hidden: hide }));
    const edgeCount = Array.from(visible.values()).filter(Boolean).length;
    $("rg-status").textContent =
      `${shown.size} of ${data.nodes.length} nodes, ${edgeCount} of ${data.edges.length} relations`;
  }

  function reset() {
    for (const box of document.querySelectorAll("#rg-kinds input")) box.checked = true;
    for (const id of ["rg-field", "rg-country", "rg-from", "rg-to", "rg-search"]) $(id).value = "";
    $("rg-found").textContent = "";
    network.unselectAll();
    applyFilters();
    idleDetails();
    network.fit();
  }

  // ---- search ---------------------------------------------------------------------------------
  function find(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    const title = (n) => n.rg.title.toLowerCase();
    return data.nodes.find((n) => title(n) === wanted)
      || data.nodes.find((n) => n.rg.type === "country" && (n.rg.country || "").toLowerCase() === wanted)
      || data.nodes.find((n) => title(n).startsWith(wanted))
      || data.nodes.find((n) => title(n).includes(wanted))
      || null;
  }

  function search() {
    const query = $("rg-search").value;
    const found = find(query);
    if (!found) {
      $("rg-found").textContent = query.trim() ? `no node matches "${query.trim()}"` : "";
      return;
    }
    if (hiddenNodes.has(found.id)) {
      $("rg-found").textContent = `${found.rg.title} is hidden by the filters`;
      return;
    }
    $("rg-found").textContent = `found ${found.rg.title}`;
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: Math.max(1, network.getScale()), animation: { duration: 300 } });
    selectNode(found.id);
  }

  function buildSearch() {
    const labels = $("rg-labels");
    for (const title of new Set(data.nodes.map((n) => n.rg.title))) labels.append(option(title));
    $("rg-search").addEventListener("change", search);
    $("rg-search").addEventListener("keydown", (event) => { if (event.key === "Enter") search(); });
  }

  // ---- legend -----------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  const SHAPES = {
    dot: ["circle", { cx: 8, cy: 8, r: 6 }],
    square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
    diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
    hexagon: ["polygon", { points: "4,2 12,2 15,8 12,14 4,14 1,8" }],
    triangle: ["polygon", { points: "8,1 15,14 1,14" }],
    line: ["line", { x1: 1, y1: 8, x2: 15, y2: 8, "stroke-width": 2.5 }],
  };

  function swatch(shape, color, dashes) {
    const icon = document.createElementNS(SVG, "svg");
    icon.setAttribute("width", "16");
    icon.setAttribute("height", "16");
    icon.setAttribute("aria-hidden", "true");
    const [tag, attributes] = SHAPES[shape] || SHAPES.dot;
    const mark = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, String(value));
    mark.setAttribute(shape === "line" ? "stroke" : "fill", color);
    if (dashes) mark.setAttribute("stroke-dasharray", "3 2");
    icon.append(mark);
    return icon;
  }

  function buildLegend() {
    const types = el("ul");
    for (const t of data.legend.types) {
      const item = el("li");
      item.append(swatch(t.shape, t.color, false), document.createTextNode(t.name));
      types.append(item);
    }
    const kinds = el("ul");
    for (const k of data.legend.kinds) {
      const item = el("li");
      item.append(swatch("line", k.color, k.dashes), document.createTextNode(k.name));
      kinds.append(item);
    }
    const sizes = el("p", "Node size grows with the number of relations.", "rg-hint");
    $("rg-legend").append(types, kinds, sizes);
  }

  // ---- start ------------------------------------------------------------------------------------
  $("rg-title").textContent = data.title;
  document.title = data.title;
  if (data.notice) {
    $("rg-notice").textContent = data.notice;
    $("rg-notice").hidden = false;
  }
  buildLegend();
  buildFilters();
  buildSearch();
  applyFilters();
  idleDetails();
  // Interactive once the controls are wired and the first frame is on screen.
  network.once("afterDrawing", () => { window.relgraphReady = performance.now(); });
  network.redraw();
})();
