/** Task pane entry: waits for Office, then reports whether an Excel host is present. */
Office.onReady((info) => {
  const status = document.getElementById('status');
  if (status) status.textContent = info.host ? 'Connected to Excel.' : 'Preview: no Office host; read-only.';
});
