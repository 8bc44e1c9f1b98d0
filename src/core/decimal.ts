/** The core's Decimal now lives with the rest of its arithmetic: see ./arithmetic/README.md. */
export * from './arithmetic/decimal';
