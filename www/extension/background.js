// Nutshell's service worker (Chromium) / background script (Firefox). It holds no article and
// runs no WebAssembly: it opens the side panel when the toolbar button, the keyboard shortcut
// (Alt+Shift+S, `_execute_action`) or the context menu is used — those gestures are what grant
// `activeTab` on the page — and hands a selection to the panel through `storage.session`.
// The side panel does the reading (scripting.executeScript) and the summarizing.

const api = globalThis.browser ?? globalThis.chrome;
const MENU_ID = "nutshell-summarize-selection";

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({
    id: MENU_ID,
    title: "Summarize selection with Nutshell",
    contexts: ["selection"],
  });
});

/** Open the panel beside `tab`. Must run inside the user's gesture: call before any await. */
function openPanel(tab) {
  if (api.sidePanel?.open)
    return api.sidePanel.open({ tabId: tab.id }).catch(() => api.sidePanel.open({ windowId: tab.windowId }));
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  return Promise.resolve();
}

/** Tell an open panel to summarize `tabId` (a closed panel does so when it opens). */
function notifyPanel(message) {
  return api.runtime.sendMessage(message).catch(() => {});
}

/** Toolbar button or Alt+Shift+S: summarize this tab (exposed on the global for tests). */
async function summarizeTab(tab) {
  const opened = openPanel(tab).catch(() => {});
  await api.storage.session.set({ request: { kind: "page", tabId: tab.id, at: Date.now() } });
  notifyPanel({ type: "summarize-page", tabId: tab.id });
  await opened;
}
globalThis.summarizeTab = summarizeTab;

api.action.onClicked.addListener((tab) => summarizeTab(tab));

/** Context menu: summarize the selected text (exposed on the global for tests). */
async function summarizeSelection(info, tab) {
  const opened = openPanel(tab).catch(() => {});
  const request = {
    kind: "selection",
    tabId: tab?.id ?? null,
    text: String(info.selectionText ?? ""),
    title: tab?.title ?? "",
    url: tab?.url ?? "",
    at: Date.now(),
  };
  await api.storage.session.set({ request });
  notifyPanel({ type: "summarize-selection", request });
  await opened;
}
globalThis.summarizeSelection = summarizeSelection;

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) summarizeSelection(info, tab);
});
