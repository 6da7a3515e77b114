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
  frame.append(toolbar, host);
  parentElement.appendChild(frame);
  return { frame, legend, fit, png, host };
}

function renderLegend(legend, styles) {
  legend.replaceChildren();
  for (const [kind, style] of Object.entries(styles || {})) {
    const item = el("span", "diplo-legend-item");
    item.dataset.kind = kind;
    const swatch = el("span", "diplo-swatch", style.symbol || "\u25cf");
    swatch.style.color = style.color;
    item.append(swatch, el("span", "", style.label || kind));
    legend.appendChild(item);
  }
}

function nodeItem(node, data) {
  const style = (data.styles || {})[node.kind] || {};
  const selected = data.selected === node.id;
  const dimmed = data.highlight && data.highlight.length > 0 && !data.highlightSet.has(node.id);
  return {
    id: node.id,
    label: node.label,
    title: textBlock(node.tooltip),
    shape: style.shape || "dot",
    size: node.size || 12,
    color: {
      background: style.color,
      border: selected ? "#111827" : style.border || style.color,
      highlight: { background: style.color, border: "#111827" },
      hover: { background: style.color, border: "#111827" },
    },
    borderWidth: selected ? 4 : 1,
    opacity: dimmed ? 0.25 : 1,
    font: {
      size: selected ? 18 : node.kind === "meeting" || node.kind === "agreement" ? 11 : 14,
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
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    title: textBlock(edge.tooltip),
    dashes: Boolean(style.dashes),
    color: { color: style.color || "#9aa5b8", opacity: dimmed ? 0.15 : 0.8 },
    width: edge.width || 1,
  };
}

function syncDataSet(dataset, items) {
  const keep = new Set(items.map((item) => item.id));
  const gone = dataset.getIds().filter((id) => !keep.has(id));
  if (gone.length) dataset.remove(gone);
  dataset.update(items);
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

function createState(vis, frame, data) {
  // The first data goes in before the Network exists, so that vis lays it out once,
  // off screen, and draws the settled result.
  data.highlightSet = new Set(data.highlight || []);
  const nodes = new vis.DataSet(data.nodes.map((node) => nodeItem(node, data)));
  const edges = new vis.DataSet(data.edges.map((edge) => edgeItem(edge, data)));
  const options = {
    autoResize: true,
    width: "100%",
    height: "100%",
    nodes: { borderWidth: 1, font: { face: "Source Sans Pro, Helvetica, Arial, sans-serif" } },
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 1.5 },
    layout: { randomSeed: 11, improvedLayout: false },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -40, centralGravity: 0.005, springLength: 60, springConstant: 0.08, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: STABILIZE_ITERATIONS, updateInterval: 50, fit: true },
      minVelocity: 1,
    },
    interaction: { hover: true, tooltipDelay: 150, multiselect: false, navigationButtons: false, keyboard: false },
  };
  const network = new vis.Network(frame.host, { nodes, edges }, options);
  const state = {
    network, nodes, edges, positions: {}, stable: false, fixed: [], fitOnSettle: false, setState: null,
    pngName: "network.png",
  };

  const settle = () => {
    network.setOptions({ physics: { enabled: false } });
    if (state.fitOnSettle) network.fit({ animation: false });
    state.fitOnSettle = false;
    if (state.fixed.length) {
      nodes.update(state.fixed.map((id) => ({ id, fixed: false })));
      state.fixed = [];
    }
    Object.assign(state.positions, network.getPositions());
    state.stable = true;
    frame.host.dataset.stable = "true";
  };
  // Hidden iterations end with the first event; a simulation started by new data (before the
  // first layout finished) ends with the second. Either way physics then stops for good.
  network.on("stabilizationIterationsDone", settle);
  network.on("stabilized", settle);
  if (data.nodes.length === 0) settle(); // nothing to lay out: vis would never say it is done
  network.on("dragEnd", () => Object.assign(state.positions, network.getPositions()));
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
  frame.fit.addEventListener("click", () => network.fit({ animation: false }));
  frame.png.addEventListener("click", () => {
    const canvas = frame.host.querySelector("canvas");
    if (!canvas) return;
    const link = document.createElement("a");
    link.href = canvas.toDataURL("image/png");
    link.download = state.pngName;
    link.click();
  });
  return state;
}

function applyData(state, frame, data) {
  data.highlightSet = new Set(data.highlight || []);
  state.pngName = data.pngName || "network.png";
  renderLegend(frame.legend, data.styles);
  frame.host.style.height = `${data.height || 600}px`;
  frame.host.dataset.nodes = String(data.nodes.length);

  if (state.stable) Object.assign(state.positions, state.network.getPositions());
  const fresh = new Set(data.nodes.filter((n) => !state.positions[n.id]).map((n) => n.id));
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
  syncDataSet(state.nodes, nodeItems);
  syncDataSet(state.edges, data.edges.map((edge) => edgeItem(edge, data)));

  if (state.stable && fresh.size) {
    // Let only the newcomers settle: everything already drawn stays where it is.
    state.fixed = data.nodes.filter((n) => !fresh.has(n.id)).map((n) => n.id);
    state.nodes.update(state.fixed.map((id) => ({ id, fixed: true })));
    state.stable = false;
    state.fitOnSettle = first;
    frame.host.dataset.stable = "false";
    state.network.setOptions({ physics: { enabled: true } });
    state.network.stabilize(first ? STABILIZE_ITERATIONS : RELAX_ITERATIONS);
  }
  if (data.selected && state.nodes.get(data.selected)) {
    state.network.selectNodes([data.selected], false);
  } else {
    state.network.unselectAll();
  }
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
