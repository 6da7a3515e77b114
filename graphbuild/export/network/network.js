// The network view: a vis-network instance kept across Streamlit reruns.
//
// Streamlit calls the default export again with new `data` on every rerun that changes the
// payload, with the same parentElement; the Network lives on that element and only its data
// changes, so the layout stays where the analyst left it.
//
// Every string that comes from an article (labels, tooltips, legend) reaches the page as
// text: labels are drawn on the canvas, tooltips are DOM elements filled with textContent,
// because vis-network renders a string `title` as HTML.

const STABILIZE_ITERATIONS = 400;
const RELAX_ITERATIONS = 120;
// Each iteration pulls along every edge: a dense drawing (a hundred busy officials share
// thousands of edges) settles in fewer of them, and would otherwise spend seconds there.
const EDGE_STEPS = 240000;
const FEWEST_ITERATIONS = { stabilize: 100, relax: 60 };

function iterations(data, most, fewest) {
  return Math.max(fewest, Math.min(most, Math.round(EDGE_STEPS / Math.max(1, (data.edges || []).length))));
}
// Labels: drawn at LABEL_PX on screen whatever the zoom, most important first, each only where
// it overlaps no label placed before it; the others wait for a zoom that makes room.
const LABEL_PX = 14;
const HIDDEN_LABEL = 0.5;
const CHAR_PX = 7.2;
const ALWAYS_LABELLED = 20;

function waitForVis() {
  if (globalThis.vis && globalThis.vis.Network) return Promise.resolve(globalThis.vis);
  return new Promise((resolve) => {
    const poll = () => {
      if (globalThis.vis && globalThis.vis.Network) resolve(globalThis.vis);
      else setTimeout(poll, 20);
    };
    poll();
  });
}

// Tooltip elements by their text: a rerun (a click, a highlight) gives the same lines for most
// nodes and edges, and making thousands of elements again is most of its cost in the browser.
const tipCache = new Map();

function cachedTip(lines) {
  const key = (lines || []).join("\n");
  let tip = tipCache.get(key);
  if (!tip) {
    if (tipCache.size > 20000) tipCache.clear();
    tip = textBlock(lines);
    tipCache.set(key, tip);
  }
  return tip;
}

function textBlock(lines) {
  const box = document.createElement("div");
  box.className = "diplo-tip";
  (lines || []).forEach((line, index) => {
    const row = document.createElement(index === 0 ? "strong" : "div");
    row.textContent = String(line);
    box.appendChild(row);
  });
  return box;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function buildFrame(parentElement) {
  const frame = el("div", "diplo-frame");
  const toolbar = el("div", "diplo-toolbar");
  const legend = el("div", "diplo-legend");
  const actions = el("div", "diplo-actions");
  const fit = el("button", "diplo-button", "Fit");
  fit.type = "button";
  fit.title = "Fit the whole network in view";
  const png = el("button", "diplo-button", "PNG");
  png.type = "button";
  png.title = "Download the network as drawn (PNG)";
  png.dataset.testid = "diplo-png";
  actions.append(fit, png);
  toolbar.append(legend, actions);
  const host = el("div", "diplo-graph");
  host.dataset.testid = "diplo-graph";
  // The time slider: the network as it stood at the end of each month, played or dragged.
  const time = el("div", "diplo-time");
  const play = el("button", "diplo-button", "\u25b6 Play");
  play.type = "button";
  play.title = "Play the network month by month";
  play.dataset.testid = "diplo-play";
  const slider = document.createElement("input");
  slider.type = "range";
  slider.min = "0";
  slider.className = "diplo-slider";
  slider.dataset.testid = "diplo-slider";
  slider.setAttribute("aria-label", "Show the network up to this month");
  const when = el("span", "diplo-when", "");
  when.dataset.testid = "diplo-when";
  time.append(play, slider, when);
  frame.append(toolbar, host, time);
  parentElement.appendChild(frame);
  return { frame, legend, fit, png, host, time, play, slider, when };
}

function renderLegend(legend, entries) {
  // Only what is drawn: the entries come with the data, one per kind of node and edge present.
  legend.replaceChildren();
  for (const entry of entries || []) {
    const item = el("span", "diplo-legend-item");
    item.dataset.kind = entry.kind;
    item.dataset.what = entry.what;
    let swatch;
    if (entry.what === "edge") {
      swatch = el("span", "diplo-line");
      swatch.style.borderTopColor = entry.color;
      swatch.style.borderTopStyle = entry.dashes ? "dashed" : "solid";
    } else {
      swatch = el("span", "diplo-swatch", entry.symbol || "\u25cf");
      swatch.style.color = entry.color;
    }
    item.append(swatch, el("span", "", entry.label || entry.kind));
    legend.appendChild(item);
  }
}

function nodeItem(node, data) {
  const style = (data.styles || {})[node.kind] || {};
  const selected = data.selected === node.id;
  const pinned = data.pinnedSet.has(node.id);
  const dimmed = data.highlight && data.highlight.length > 0 && !data.highlightSet.has(node.id);
  return {
    id: node.id,
    label: node.label,
    title: cachedTip(node.tooltip),
    shape: style.shape || "dot",
    size: node.size || 12,
    color: {
      background: style.color,
      border: selected ? "#111827" : style.border || style.color,
      highlight: { background: style.color, border: "#111827" },
      hover: { background: style.color, border: "#111827" },
    },
    borderWidth: selected ? 4 : pinned ? 3 : 1,
    shapeProperties: { borderDashes: pinned ? [4, 3] : false },
    fixed: pinned,
    opacity: dimmed ? 0.25 : 1,
    font: {
      size: HIDDEN_LABEL, // until placeLabels gives the label room
      color: dimmed ? "#9ca3af" : "#111827",
      bold: selected,
      strokeWidth: 3,
      strokeColor: "#ffffff",
    },
  };
}

function edgeItem(edge, data) {
  const dimmed =
    data.highlight && data.highlight.length > 0 &&
    !(data.highlightSet.has(edge.from) && data.highlightSet.has(edge.to));
  const style = (data.edgeStyles || {})[edge.kind] || {};
  const onPath = data.pathSteps && (data.pathSteps.has(`${edge.from}|${edge.to}`) || data.pathSteps.has(`${edge.to}|${edge.from}`));
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    title: cachedTip(edge.tooltip),
    dashes: Boolean(style.dashes),
    color: { color: onPath ? "#111827" : style.color || "#9aa5b8", opacity: dimmed && !onPath ? 0.15 : 0.85 },
    width: onPath ? Math.max(5, edge.width || 1) : edge.width || 1,
  };
}

function prepare(data) {
  // Derived lookups: the highlighted nodes (the selection's neighbours, or a path) and the path's steps.
  const path = data.path || [];
  data.highlightSet = new Set(path.length ? path : data.highlight || []);
  if (path.length) data.highlight = path;
  data.pinnedSet = new Set(data.pinned || []);
  data.pathSteps = new Set();
  for (let i = 1; i < path.length; i++) data.pathSteps.add(`${path[i - 1]}|${path[i]}`);
}

function placeLabels(state) {
  // Which labels get room at this zoom: by rank (the selection and a path first), skipping overlaps.
  const network = state.network;
  if (!state.data) return;
  const scale = network.getScale();
  const canvas = network.canvas.frame.canvas;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const data = state.data;
  const first = (node) => (data.selected === node.id || data.highlightSet.has(node.id) ? -1e6 : 0) + node.rank;
  const order = data.nodes.filter((node) => !state.hiddenNodes.has(node.id)).sort((a, b) => first(a) - first(b));
  const positions = network.getPositions(order.map((node) => node.id));
  const screen = {};
  for (const node of order) if (positions[node.id]) screen[node.id] = network.canvasToDOM(positions[node.id]);
  // Nodes are obstacles too: a label never covers another node.
  const discs = order.filter((node) => screen[node.id]).map((node) => {
    const p = screen[node.id];
    const r = (node.size || 12) * scale;
    return { id: node.id, x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r };
  });
  const hits = (box, b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1;
  const boxes = [];
  const shown = [];
  const updates = [];
  const fontSize = LABEL_PX / scale; // the same size on screen at every zoom
  for (const node of order) {
    const p = screen[node.id];
    if (!p) continue;
    const w = String(node.label).length * CHAR_PX + 6;
    const r = (node.size || 12) * scale;
    // Below the node, else above it (vadjust moves vis-network's label, in canvas units).
    const places = [
      { vadjust: 0, box: { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 1, y2: p.y + r + LABEL_PX + 5 } },
      { vadjust: -(2 * (node.size || 12) + (LABEL_PX + 6) / scale), box: { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - r - LABEL_PX - 5, y2: p.y - r - 1 } },
    ];
    const inside = (box) => box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height;
    const clear = (box) => inside(box) && !boxes.some((b) => hits(box, b)) &&
      !discs.some((disc) => disc.id !== node.id && hits(box, disc));
    // The most important always get their label; the others only where it covers no label and no node.
    const sure = node.rank < ALWAYS_LABELLED || data.selected === node.id || (data.path || []).includes(node.id);
    let place = places.find((candidate) => clear(candidate.box));
    // A label that must be shown covers a node rather than another label, when it can.
    if (!place && sure) place = places.find((candidate) => inside(candidate.box) && !boxes.some((b) => hits(candidate.box, b)));
    if (!place && sure && inside(places[0].box)) place = places[0];
    if (place) {
      boxes.push(place.box);
      shown.push(node.id);
    }
    const size = place ? fontSize : HIDDEN_LABEL;
    const vadjust = place ? place.vadjust : 0;
    const key = `${size}|${vadjust}`;
    if (state.labelSizes[node.id] !== key) {
      state.labelSizes[node.id] = key;
      updates.push({ id: node.id, font: { size, vadjust } });
    }
  }
  if (updates.length) state.nodes.update(updates);
  state.labelled = shown;
  state.host.dataset.labels = String(shown.length);
}

function scheduleLabels(state) {
  if (state.labelFrame) return;
  state.labelFrame = requestAnimationFrame(() => {
    state.labelFrame = 0;
    placeLabels(state);
  });
}

function monthOf(date) {
  if (!date || date.startsWith("--")) return null;
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthName(month) {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function setupTime(state, frame, data) {
  // The slider's months: those of the dated edges; its last stop is everything, undated too.
  const months = [...new Set(data.edges.map((edge) => monthOf(edge.start)).filter(Boolean))].sort();
  state.months = months;
  frame.time.style.display = months.length > 1 ? "" : "none";
  frame.slider.max = String(months.length);
  // "All dates" stays all when the data changes; a month chosen stays that month (or the last one).
  if (state.timeAt === undefined || state.timeAll) state.timeAt = months.length;
  state.timeAt = Math.min(state.timeAt, months.length);
  frame.slider.value = String(state.timeAt);
  showTime(state, frame, state.timeAt);
}

function showTime(state, frame, at) {
  // Up to the end of month `at`: the edges that began by then and the nodes they touch.
  state.timeAt = at;
  const months = state.months || [];
  const all = at >= months.length;
  state.timeAll = all;
  frame.when.textContent = all ? "All dates, date unknown included" : `Up to ${monthName(months[at])}`;
  frame.host.dataset.time = all ? "all" : months[at];
  const visibleEdges = new Set();
  const touched = new Set();
  for (const edge of state.data.edges) {
    const month = monthOf(edge.start);
    if (all || (month && month <= months[at])) {
      visibleEdges.add(edge.id);
      touched.add(edge.from);
      touched.add(edge.to);
    }
  }
  const hidden = new Set(all ? [] : state.data.nodes.filter((node) => !touched.has(node.id)).map((node) => node.id));
  const nodeUpdates = state.data.nodes
    .filter((node) => hidden.has(node.id) !== state.hiddenNodes.has(node.id))
    .map((node) => ({ id: node.id, hidden: hidden.has(node.id) }));
  state.hiddenNodes = hidden;
  if (nodeUpdates.length) state.nodes.update(nodeUpdates);
  const hiddenEdges = new Set(state.data.edges.filter((edge) => !visibleEdges.has(edge.id)).map((edge) => edge.id));
  const edgeUpdates = state.data.edges
    .filter((edge) => hiddenEdges.has(edge.id) !== state.hiddenEdges.has(edge.id))
    .map((edge) => ({ id: edge.id, hidden: hiddenEdges.has(edge.id) }));
  state.hiddenEdges = hiddenEdges;
  if (edgeUpdates.length) state.edges.update(edgeUpdates);
  frame.host.dataset.visible = String(state.data.nodes.length - hidden.size);
  scheduleLabels(state);
}

function signatureOf(item) {
  return JSON.stringify(item, (key, value) => (key === "title" ? value.textContent : value));
}

function signed(items) {
  // What each item was given as, to tell later what changed.
  return new Map(items.map((item) => [item.id, signatureOf(item)]));
}

function withLabelFont(item, labelSizes) {
  // The label's size and place as placeLabels last set them (hidden until it gives the label room).
  const [size, vadjust] = (labelSizes[item.id] || `${HIDDEN_LABEL}|0`).split("|").map(Number);
  Object.assign(item.font, { size, vadjust });
  return item;
}

function removeGone(dataset, items, signatures) {
  const keep = new Set(items.map((item) => item.id));
  const gone = dataset.getIds().filter((id) => !keep.has(id));
  if (gone.length) dataset.remove(gone);
  for (const id of gone) signatures.delete(id);
}

function syncDataSet(dataset, items, signatures) {
  // Only what changed goes to vis-network: a click re-sends every edge, most of them as they were.
  removeGone(dataset, items, signatures);
  const changed = [];
  for (const item of items) {
    const signature = signatureOf(item);
    if (signatures.get(item.id) !== signature) {
      signatures.set(item.id, signature);
      changed.push(item);
    }
  }
  if (changed.length) dataset.update(changed);
}

function placeNear(state, data, freshIds) {
  // Start new nodes next to a neighbour already on screen, so they relax locally.
  const positions = state.positions;
  const neighbours = new Map();
  for (const edge of data.edges) {
    for (const [a, b] of [[edge.from, edge.to], [edge.to, edge.from]]) {
      if (freshIds.has(a) && positions[b]) {
        if (!neighbours.has(a)) neighbours.set(a, []);
        neighbours.get(a).push(positions[b]);
      }
    }
  }
  const known = Object.values(positions);
  const centre = known.length
    ? known.reduce((acc, p) => ({ x: acc.x + p.x / known.length, y: acc.y + p.y / known.length }), { x: 0, y: 0 })
    : { x: 0, y: 0 };
  const placed = {};
  for (const id of freshIds) {
    const around = neighbours.get(id);
    const base = around
      ? around.reduce((acc, p) => ({ x: acc.x + p.x / around.length, y: acc.y + p.y / around.length }), { x: 0, y: 0 })
      : centre;
    const angle = Math.random() * 2 * Math.PI;
    const radius = around ? 40 : 200;
    placed[id] = { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
  }
  return placed;
}

function withLegend(canvas, entries) {
  // The PNG: the drawing under a strip with the legend, as the page shows them.
  const ratio = canvas.width / (canvas.clientWidth || canvas.width);
  const strip = Math.round(30 * ratio);
  const out = document.createElement("canvas");
  out.width = canvas.width;
  out.height = canvas.height + strip;
  const ctx = out.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, strip);
  ctx.font = `${Math.round(13 * ratio)}px Source Sans Pro, Helvetica, Arial, sans-serif`;
  ctx.textBaseline = "middle";
  let x = 10 * ratio;
  const y = strip / 2;
  for (const entry of entries) {
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.what === "edge") {
      ctx.lineWidth = 3 * ratio;
      ctx.setLineDash(entry.dashes ? [4 * ratio, 3 * ratio] : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 20 * ratio, y);
      ctx.stroke();
      ctx.setLineDash([]);
      x += 26 * ratio;
    } else {
      ctx.fillText(entry.symbol || "\u25cf", x, y);
      x += ctx.measureText(entry.symbol || "\u25cf").width + 5 * ratio;
    }
    ctx.fillStyle = "#111827";
    ctx.fillText(entry.label, x, y);
    x += ctx.measureText(entry.label).width + 16 * ratio;
  }
  return out;
}

function createState(vis, frame, data) {
  // The first data goes in before the Network exists, so that vis lays it out once,
  // off screen, and draws the settled result.
  prepare(data);
  const nodeList = data.nodes.map((node) => withLabelFont(nodeItem(node, data), {}));
  const edgeList = data.edges.map((edge) => edgeItem(edge, data));
  const nodes = new vis.DataSet(nodeList);
  const edges = new vis.DataSet(edgeList);
  const options = {
    autoResize: true,
    width: "100%",
    height: "100%",
    nodes: {
      borderWidth: 1,
      font: { face: "Source Sans Pro, Helvetica, Arial, sans-serif" },
      scaling: { label: { drawThreshold: 6, maxVisible: 40 } },
    },
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 1.5 },
    layout: { randomSeed: 11, improvedLayout: false },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.005, springLength: 90, springConstant: 0.06, avoidOverlap: 0.5 },
      stabilization: {
        enabled: true, iterations: iterations(data, STABILIZE_ITERATIONS, FEWEST_ITERATIONS.stabilize),
        updateInterval: 50, fit: true,
      },
      minVelocity: 1,
    },
    interaction: { hover: true, tooltipDelay: 150, multiselect: false, navigationButtons: false, keyboard: false },
  };
  const network = new vis.Network(frame.host, { nodes, edges }, options);
  const state = {
    network, nodes, edges, positions: {}, stable: false, fixed: [], fitOnSettle: false, setState: null,
    pngName: "network.png", host: frame.host, labelSizes: {}, labelled: [], labelFrame: 0, data,
    hiddenNodes: new Set(), hiddenEdges: new Set(), playing: 0,
    // as given above: the same data applied next changes nothing (vis-network would take it all in again)
    nodeSignatures: signed(nodeList), edgeSignatures: signed(edgeList),
  };

  const settle = () => {
    network.setOptions({ physics: { enabled: false } });
    if (state.fitOnSettle) network.fit({ animation: false });
    state.fitOnSettle = false;
    frame.host.dataset.fits = String(Number(frame.host.dataset.fits || 0) + 1);
    if (state.fixed.length) {
      nodes.update(state.fixed.map((id) => ({ id, fixed: state.data.pinnedSet.has(id) }))); // pins stay
      state.fixed = [];
    }
    Object.assign(state.positions, network.getPositions());
    state.stable = true;
    placeLabels(state);
    frame.host.dataset.stable = "true";
  };
  // Hidden iterations end with the first event; a simulation started by new data (before the
  // first layout finished) ends with the second. Either way physics then stops for good.
  network.on("stabilizationIterationsDone", settle);
  network.on("stabilized", settle);
  if (data.nodes.length === 0) settle(); // nothing to lay out: vis would never say it is done
  network.on("dragEnd", () => {
    Object.assign(state.positions, network.getPositions());
    scheduleLabels(state);
  });
  network.on("zoom", () => scheduleLabels(state));
  // A tooltip is never left behind: it goes when the pointer leaves the drawing or drags it.
  const hideTooltips = () => frame.host.querySelectorAll("div.vis-tooltip").forEach((tip) => {
    tip.style.visibility = "hidden";
  });
  frame.host.addEventListener("mouseleave", hideTooltips);
  network.on("dragStart", hideTooltips);
  network.on("blurNode", hideTooltips);
  network.on("blurEdge", hideTooltips);
  network.on("beforeDrawing", (ctx) => {
    // An opaque background, so that the PNG reads like the screen.
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  network.on("click", (params) => {
    if (params.nodes && params.nodes.length && state.setState) {
      state.setState("selected", String(params.nodes[0]));
    }
  });
  frame.fit.addEventListener("click", () => {
    network.fit({ animation: false });
    placeLabels(state);
  });
  frame.slider.addEventListener("input", () => showTime(state, frame, Number(frame.slider.value)));
  frame.play.addEventListener("click", () => {
    if (state.playing) {
      clearInterval(state.playing);
      state.playing = 0;
      frame.play.textContent = "\u25b6 Play";
      return;
    }
    if (state.timeAt >= state.months.length) showTime(state, frame, 0);
    frame.slider.value = String(state.timeAt);
    frame.play.textContent = "\u275a\u275a Pause";
    state.playing = setInterval(() => {
      const next = state.timeAt + 1;
      frame.slider.value = String(next);
      showTime(state, frame, next);
      if (next >= state.months.length) {
        clearInterval(state.playing);
        state.playing = 0;
        frame.play.textContent = "\u25b6 Play";
      }
    }, 800);
  });
  frame.png.addEventListener("click", () => {
    const canvas = frame.host.querySelector("canvas");
    if (!canvas) return;
    const link = document.createElement("a");
    link.href = withLegend(canvas, state.data.legend || []).toDataURL("image/png");
    link.download = state.pngName;
    link.click();
  });
  return state;
}

function applyData(state, frame, data) {
  prepare(data);
  state.data = data;
  state.pngName = data.pngName || "network.png";
  renderLegend(frame.legend, data.legend);
  frame.host.style.height = `${data.height || 600}px`;
  frame.host.dataset.nodes = String(data.nodes.length);

  if (state.stable) Object.assign(state.positions, state.network.getPositions());
  const before = new Set(state.nodes.getIds());
  const fresh = new Set(data.nodes.filter((n) => !state.positions[n.id]).map((n) => n.id));
  const changed = fresh.size > 0 || data.nodes.length !== before.size || data.nodes.some((n) => !before.has(n.id));
  const first = Object.keys(state.positions).length === 0; // nothing laid out yet (an empty start)
  const placed = state.stable && fresh.size && !first ? placeNear(state, data, fresh) : {};
  const nodeItems = data.nodes.map((node) => {
    const item = nodeItem(node, data);
    const at = state.positions[node.id] || placed[node.id];
    if (at) {
      item.x = at.x;
      item.y = at.y;
    }
    return item;
  });
  for (const item of nodeItems) withLabelFont(item, state.labelSizes);
  const edgeItems = data.edges.map((edge) => edgeItem(edge, data));
  // The edges that go, before their nodes: vis-network would otherwise detach them from each node it removes.
  removeGone(state.edges, edgeItems, state.edgeSignatures);
  syncDataSet(state.nodes, nodeItems, state.nodeSignatures);
  syncDataSet(state.edges, edgeItems, state.edgeSignatures);
  setupTime(state, frame, data); // the slider's month hides (or shows again) what the new data holds

  if (state.stable && fresh.size) {
    // Let only the newcomers settle: everything already drawn stays where it is.
    state.fixed = data.nodes.filter((n) => !fresh.has(n.id)).map((n) => n.id);
    state.nodes.update(state.fixed.map((id) => ({ id, fixed: true })));
    state.stable = false;
    state.fitOnSettle = true; // every change of what is drawn is fitted once it has settled
    frame.host.dataset.stable = "false";
    state.network.setOptions({ physics: { enabled: true } });
    state.network.stabilize(first ? iterations(data, STABILIZE_ITERATIONS, FEWEST_ITERATIONS.stabilize)
      : iterations(data, RELAX_ITERATIONS, FEWEST_ITERATIONS.relax));
  } else if (state.stable && changed) {
    state.network.fit({ animation: false }); // nodes only went: fit what is left
    frame.host.dataset.fits = String(Number(frame.host.dataset.fits || 0) + 1);
  }
  if (data.selected && state.nodes.get(data.selected)) {
    state.network.selectNodes([data.selected], false);
  } else {
    state.network.unselectAll();
  }
  if (state.stable) placeLabels(state);
}

export default async function (component) {
  const { data, parentElement, setStateValue } = component;
  if (!data) return;
  const vis = await waitForVis();
  let root = parentElement.querySelector(".diplo-frame");
  let frame = root && root.__diploFrame;
  if (!frame) {
    frame = buildFrame(parentElement);
    frame.frame.__diploFrame = frame;
  }
  if (!frame.state) {
    frame.host.style.height = `${data.height || 600}px`;
    frame.state = createState(vis, frame, data);
    // For browser tests: the container exposes its vis Network.
    frame.host.network = frame.state.network;
  }
  frame.state.setState = setStateValue;
  applyData(frame.state, frame, data);
}
