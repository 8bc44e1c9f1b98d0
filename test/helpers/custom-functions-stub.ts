/**
 * Jest setup: the Excel host cannot exist here, so the `CustomFunctions` global that Office
 * provides is stubbed with the same shape (Error with code and message, ErrorCode, associate).
 */
import { installCustomFunctionsShim } from '../../src/functions/host-shim';

installCustomFunctionsShim();
