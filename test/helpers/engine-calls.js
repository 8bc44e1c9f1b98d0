/**
 * Loaded in an engine (the jsc shell, a browser page) before the shipped bundle: stands in for
 * the Excel host's `CustomFunctions` global (the same shape as src/functions/host-shim.ts:
 * Error with code and message, ErrorCode, associate), keeps what the bundle associates, and
 * defines `hashwattOutcomes(entries)`, which calls the registered functions on recorded
 * arguments and writes each outcome down as test/helpers/recorded-cases.ts does: a number as
 * JavaScript prints it (−0 as "-0"), a table as JSON, an error as "error <code> <message>".
 * Plain script, no modules: it runs as it is in every engine.
 */
(function (global) {
  'use strict';
  var registered = {};

  function ExcelError(code, message) {
    var error = new Error(message === undefined ? '' : message);
    Object.setPrototypeOf(error, ExcelError.prototype);
    error.code = code;
    error.name = 'CustomFunctions.Error';
    return error;
  }
  ExcelError.prototype = Object.create(Error.prototype);
  ExcelError.prototype.constructor = ExcelError;

  global.CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
    associate: function (id, fn) {
      registered[id] = fn;
    },
  };
  // webpack's chunk loading names the global object `self`, as a browser does.
  if (typeof global.self === 'undefined') global.self = global;

  function outcome(fn, args) {
    try {
      var value = fn.apply(null, args);
      return typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value);
    } catch (error) {
      return 'error ' + (error && error.code) + ' ' + (error && error.message);
    }
  }

  /** The function the bundle registered under an ID (undefined if none). */
  global.hashwattFunction = function (id) {
    return registered[id];
  };

  /** The IDs the bundle registered. */
  global.hashwattRegistered = function () {
    return Object.keys(registered);
  };

  /** [{ key, id, calls }] -> { key: outcomes }; an ID the bundle did not register gives null. */
  global.hashwattOutcomes = function (entries) {
    var result = {};
    entries.forEach(function (entry) {
      var fn = registered[entry.id];
      result[entry.key] = fn ? entry.calls.map(function (args) { return outcome(fn, args); }) : null;
    });
    return result;
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
