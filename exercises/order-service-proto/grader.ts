/**
 * Grader for the order service in Protocol Buffers (chapter 4): a versioned package,
 * the methods the task asks for with their own messages, paging, a FieldMask on
 * update, a server stream, safe enums and field numbers, protobuf naming, and a
 * documented error contract. Any names that follow the conventions pass.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { enumsOf, orderMessage } from './lib/proto-walk';
import { missingMethods, packageProblems, sharedMessages } from './lib/check-service';
import { unpagedLists, updatesWithoutMask } from './lib/check-methods';
import { enumProblems, wireBreaks } from './lib/check-numbers';
import { namingProblems, validationProblems } from './lib/check-style';

export default defineGrader('proto', ({ root, packageName, text }) => {
  describe('Service', () => {
    it('lives in a package with a major version', () => expectNoProblems(packageProblems(packageName), { show: Infinity }));
    it('can create, update, cancel, list and stream orders', () => expectNoProblems(missingMethods(root), { show: Infinity }));
    it('gives every method a request message of its own', () => expectNoProblems(sharedMessages(root), { show: Infinity }));
  });

  describe('Methods', () => {
    it('pages lists with page_size, page_token and next_page_token', () => expectNoProblems(unpagedLists(root), { show: Infinity }));
    it('updates with a FieldMask', () => expectNoProblems(updatesWithoutMask(root), { show: Infinity }));
  });

  describe('Compatibility', () => {
    it('keeps released field numbers and reserves removed ones', () => expectNoProblems(wireBreaks(root), { show: Infinity }));
    it('starts every enum at an UNSPECIFIED zero value', () => expectNoProblems(enumProblems(enumsOf(root), orderMessage(root))));
  });

  describe('Style and errors', () => {
    it('names things in protobuf style', () => expectNoProblems(namingProblems(root), { show: Infinity }));
    it('documents how invalid requests are rejected', () => expectNoProblems(validationProblems(root, text), { show: Infinity }));
  });
});
