/**
 * Loaded first by the task pane's page in the engine tests (test/engines/): records what the
 * page reports as wrong, uncaught exceptions, unhandled promise rejections and Content-Security-
 * Policy violations, in window.__pageProblems, for a WebDriver client that cannot listen to the
 * page itself before it loads. Plain script: it runs as it is in every engine.
 */
(function () {
  'use strict';
  var problems = { pageErrors: [], cspViolations: [] };
  window.__pageProblems = problems;
  window.addEventListener('error', function (event) {
    problems.pageErrors.push(String(event.message) + ' (' + event.filename + ':' + event.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (event) {
    problems.pageErrors.push('unhandled rejection: ' + String(event.reason && (event.reason.stack || event.reason)));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    problems.cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
  });
})();
