#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writePlanFile),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   Zt: () => (/* binding */ emptyObservedState),
/* harmony export */   fi: () => (/* binding */ readObservedFile),
/* harmony export */   wr: () => (/* binding */ readPlanFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4829);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7119);
/* harmony import */ var _core_render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7341);
// Reading and writing the files a run works with. Every failure comes back as a diagnostic that names the
// file and says what to do — never an exception with a stack trace.





const error = (code, message, hint) => ({
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
});
function readText(file, what, hint) {
    try {
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), diagnostics: [] };
    }
    catch (e) {
        const err = e;
        const reason = err.code === 'ENOENT'
            ? 'does not exist'
            : err.code === 'EISDIR'
                ? 'is a directory'
                : err.message.split('\n')[0];
        return { diagnostics: [error(`${what}.read`, `cannot read ${file}: ${reason}`, hint)] };
    }
}
/** Reads and validates aifactory.yaml; diagnostics carry `file:line:column` where they have one. */
function readConfigFile(file, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .catalog */ .U$) {
    const read = readText(file, 'config', 'pass --config with the path of your aifactory.yaml');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    return (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(read.text, file, catalog);
}
/** Nothing exists yet: the observed state of a project environment before its first apply. */
function emptyObservedState(subscriptionId) {
    return {
        schemaVersion: 1,
        subscriptionId,
        resourceGroups: [],
        resources: [],
        subnets: [],
        softDeleted: [],
    };
}
/** Reads an observed-state snapshot (`--observed FILE`), checking the shape the planner relies on. */
function readObservedFile(file) {
    const read = readText(file, 'observed', 'pass --observed with the path of an observed-state JSON file');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    let data;
    try {
        data = JSON.parse(read.text);
    }
    catch (e) {
        return { diagnostics: [error('observed.json', `${file} is not valid JSON: ${e.message}`)] };
    }
    const problems = observedProblems(data);
    if (problems.length > 0) {
        return {
            diagnostics: [
                error('observed.shape', `${file} is not an observed state: ${problems.join('; ')}`, 'docs/plan.md describes the format (schemaVersion 1, resourceGroups, resources, subnets, softDeleted)'),
            ],
        };
    }
    const o = data;
    return {
        observed: {
            schemaVersion: 1,
            subscriptionId: o.subscriptionId ?? '',
            resourceGroups: o.resourceGroups ?? [],
            resources: (o.resources ?? []).map((r) => ({ ...r, tags: r.tags ?? {} })),
            subnets: o.subnets ?? [],
            softDeleted: o.softDeleted ?? [],
        },
        diagnostics: [],
    };
}
function observedProblems(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return ['the top level must be an object'];
    const o = data;
    const problems = [];
    if (o.schemaVersion !== 1)
        problems.push('schemaVersion must be 1');
    for (const key of ['resourceGroups', 'resources', 'subnets', 'softDeleted']) {
        if (o[key] !== undefined && !Array.isArray(o[key]))
            problems.push(`${key} must be a list`);
    }
    (Array.isArray(o.resources) ? o.resources : []).forEach((r, i) => {
        const res = r;
        for (const key of ['id', 'type', 'name']) {
            if (typeof res?.[key] !== 'string')
                problems.push(`resources[${i}].${key} must be a string`);
        }
    });
    (Array.isArray(o.resourceGroups) ? o.resourceGroups : []).forEach((g, i) => {
        const rg = g;
        if (typeof rg?.name !== 'string')
            problems.push(`resourceGroups[${i}].name must be a string`);
        if (typeof rg?.exists !== 'boolean')
            problems.push(`resourceGroups[${i}].exists must be true or false`);
    });
    (Array.isArray(o.subnets) ? o.subnets : []).forEach((s, i) => {
        const sn = s;
        if (typeof sn?.name !== 'string' || typeof sn?.addressPrefix !== 'string') {
            problems.push(`subnets[${i}] needs name and addressPrefix`);
        }
    });
    return problems.slice(0, 5);
}
/** Writes the plan JSON (stable key order, trailing newline); creates the directory when needed. */
function writePlanFile(file, plan) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .hF)(plan));
        return [];
    }
    catch (e) {
        return [error('plan.write', `cannot write the plan to ${file}: ${e.message.split('\n')[0]}`)];
    }
}
/** Reads a plan written by `aifactory plan --out`. */
function readPlanFile(file) {
    const read = readText(file, 'plan', 'pass the file `aifactory plan --out` wrote');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    try {
        const plan = JSON.parse(read.text);
        if (plan?.schemaVersion !== 1 || typeof plan.fingerprint !== 'string' || !Array.isArray(plan.actions)) {
            return {
                diagnostics: [error('plan.invalid', `${file} is not a plan written by aifactory plan --out`)],
            };
        }
        return { plan, diagnostics: [] };
    }
    catch (e) {
        return { diagnostics: [error('plan.invalid', `${file} is not valid JSON: ${e.message}`)] };
    }
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ye: () => (/* binding */ loadEnvironment),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* unused harmony export planOutcome */
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4829);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7119);
/* harmony import */ var _core_desired_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2236);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3432);
/* harmony import */ var _core_render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7341);
/* harmony import */ var _core_scope_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1978);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8307);
// The application layer every host calls: validate, plan, apply. It reads files, picks the observer (a
// snapshot file, the local emulator, Azure), runs the core and reports through the host's Logger. The result
// carries the exit code, the plan and the Markdown the hosts publish.







async function run(options, logger, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .catalog */ .U$) {
    switch (options.command) {
        case 'validate':
            return runValidate(options, logger, catalog);
        case 'plan':
            return runPlan(options, logger, catalog);
        case 'apply': {
            const { runApply } = await Promise.all(/* import() */[__nccwpck_require__.e(271), __nccwpck_require__.e(671), __nccwpck_require__.e(94), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4514));
            return runApply(options, logger);
        }
        default:
            return fail(logger, [
                error('run.command', `unknown command '${String(options.command)}'`, 'use validate, plan or apply'),
            ]);
    }
}
const error = (code, message, hint) => ({
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
});
const hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === 'error');
/** Sends each diagnostic to the logger in the `file:line:col: severity: message (hint)` form. */
function report(logger, diagnostics) {
    for (const d of diagnostics) {
        const text = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(d);
        if (d.severity === 'error')
            logger.error(text, d.location);
        else if (d.severity === 'warning')
            logger.warn(text);
        else
            logger.info(text);
    }
}
function fail(logger, diagnostics, message, extra = {}) {
    report(logger, diagnostics);
    const text = message ?? diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed';
    return { exitCode: 1, ok: false, diagnostics, message: text, ...extra };
}
/**
 * Reads the config and picks one environment, with the subscription override applied. Stops (no config) on
 * any error: a broken config never reaches the planner.
 */
function loadEnvironment(configPath, env, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .catalog */ .U$, overrides = {}) {
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfigFile */ .RG)(configPath, catalog);
    if (!read.config || hasErrors(read.diagnostics))
        return { diagnostics: read.diagnostics };
    if (env === undefined)
        return { config: read.config, diagnostics: read.diagnostics };
    const selected = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .selectEnvironment */ .aP)(read.config, env);
    if (!selected.environment)
        return { diagnostics: [...read.diagnostics, ...selected.diagnostics] };
    let config = read.config;
    if (overrides.subscriptionId) {
        config = {
            ...config,
            environments: {
                ...config.environments,
                [env]: { ...selected.environment, subscriptionId: overrides.subscriptionId },
            },
        };
    }
    return { config, diagnostics: read.diagnostics };
}
async function runValidate(options, logger, catalog) {
    const loaded = loadEnvironment(options.configPath, options.environment, catalog, options);
    if (!loaded.config) {
        const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        return fail(logger, loaded.diagnostics, `${options.configPath}: ${count} error${count === 1 ? '' : 's'}`);
    }
    const config = loaded.config;
    const diagnostics = [...loaded.diagnostics];
    report(logger, loaded.diagnostics);
    const envs = options.environment ? [options.environment] : Object.keys(config.environments);
    for (const env of envs) {
        const desired = (0,_core_desired_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDesiredState */ .k)(config, env, catalog, (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyObservedState */ .Zt)(config.environments[env].subscriptionId), {
            allowDestroy: options.allowDestroy,
            ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        });
        // Where the tenant comes from is a plan-time matter (the host may pass it): at validate time it is a note.
        const found = desired.diagnostics.map((d) => d.code === 'desired.tenant'
            ? {
                ...d,
                severity: 'note',
                message: `${env}: no tenant id in the config; plan needs --tenant-id (or AZURE_TENANT_ID in CI hosts)`,
                hint: `or set environments.${env}.tenantId`,
            }
            : { ...d, message: `${env}: ${d.message}` });
        const unique = found.filter((d, i) => found.findIndex((o) => o.message === d.message) === i);
        report(logger, unique);
        diagnostics.push(...unique);
        const resources = desired.services.reduce((n, s) => n + s.resources.length, 0);
        if (!hasErrors(unique)) {
            logger.info(`${env}: ${desired.services.length} services, ${resources} resources, every name valid`);
        }
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
        return {
            exitCode: 1,
            ok: false,
            diagnostics,
            message: `${options.configPath}: ${errors} error${errors === 1 ? '' : 's'}`,
        };
    }
    return {
        exitCode: 0,
        ok: true,
        diagnostics,
        message: `${options.configPath} is valid (${envs.join(', ')})`,
    };
}
async function observeFor(options, config, env, catalog) {
    const subscriptionId = config.environments[env].subscriptionId;
    if (options.target === 'file') {
        if (!options.observedFile)
            return { observed: (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyObservedState */ .Zt)(subscriptionId), diagnostics: [] };
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readObservedFile */ .fi)(options.observedFile);
    }
    const scope = (0,_core_scope_js__WEBPACK_IMPORTED_MODULE_5__/* .observeScope */ .p)(config, env, catalog);
    try {
        const { observeTarget } = await Promise.all(/* import() */[__nccwpck_require__.e(271), __nccwpck_require__.e(671), __nccwpck_require__.e(94)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2094));
        return { observed: await observeTarget(options, scope, catalog), diagnostics: [] };
    }
    catch (e) {
        const { targetDiagnostic } = await Promise.all(/* import() */[__nccwpck_require__.e(271), __nccwpck_require__.e(671), __nccwpck_require__.e(94)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2094));
        return { diagnostics: [targetDiagnostic(e, options.target)] };
    }
}
async function runPlan(options, logger, catalog) {
    const env = options.environment;
    if (!env)
        return fail(logger, [
            error('plan.env', 'plan needs an environment', 'pass --env dev (or another environment of the config)'),
        ]);
    if (options.whatIf && options.target === 'file')
        return fail(logger, [
            error('plan.what-if-target', '--what-if needs a live target: --target local|azure', 'a snapshot file cannot answer what-if; drop --observed/--target file, or drop --what-if'),
        ]);
    const loaded = loadEnvironment(options.configPath, env, catalog, options);
    if (!loaded.config)
        return fail(logger, loaded.diagnostics, `${options.configPath} has errors; nothing was planned`);
    report(logger, loaded.diagnostics);
    const config = loaded.config;
    const seen = await observeFor(options, config, env, catalog);
    if (!seen.observed)
        return fail(logger, [...loaded.diagnostics, ...seen.diagnostics], undefined);
    const built = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .buildPlan */ .G)(config, env, catalog, seen.observed, {
        allowDestroy: options.allowDestroy,
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    });
    let plan = built.plan;
    if (options.whatIf) {
        const asked = await askWhatIf(options, plan, built.desired, catalog);
        if (!asked.plan)
            return fail(logger, [...loaded.diagnostics, ...asked.diagnostics], undefined, { plan });
        // What-if describes the plan; its warnings go with the plan's, the fingerprint does not move.
        plan = { ...asked.plan, diagnostics: [...asked.plan.diagnostics, ...asked.diagnostics] };
    }
    report(logger, plan.diagnostics);
    logger.startGroup('Plan');
    logger.info((0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S5)(plan, { color: false }));
    logger.endGroup();
    const diagnostics = [...loaded.diagnostics, ...plan.diagnostics];
    let planFile;
    if (options.planFile) {
        const written = (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writePlanFile */ .J)(options.planFile, plan);
        if (written.length > 0)
            return fail(logger, [...diagnostics, ...written], undefined, { plan });
        planFile = options.planFile;
        logger.info(`Plan written to ${planFile}`);
    }
    const markdown = (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .Gc)(plan);
    const { exitCode, message } = planOutcome(plan);
    return {
        exitCode,
        ok: exitCode !== 1,
        diagnostics,
        plan,
        ...(planFile ? { planFile } : {}),
        markdown,
        message,
    };
}
/** Bounds the what-if calls in flight when the host asks for no parallelism (plan has no walk of its own). */
const WHAT_IF_PARALLELISM = 4;
/** `plan --what-if`: ARM's (or the emulator's) property-level changes for each update of the plan. */
async function askWhatIf(options, plan, desired, catalog) {
    if (!plan.actions.some((a) => a.action === 'update'))
        return { plan, diagnostics: [] };
    const { openArmSession, targetDiagnostic } = await Promise.all(/* import() */[__nccwpck_require__.e(271), __nccwpck_require__.e(671), __nccwpck_require__.e(94)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2094));
    const { whatIfPlan } = await Promise.all(/* import() */[__nccwpck_require__.e(671), __nccwpck_require__.e(621)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2002));
    let session;
    try {
        session = await openArmSession(options, plan.subscriptionId, catalog);
    }
    catch (e) {
        return { diagnostics: [targetDiagnostic(e, options.target)] };
    }
    try {
        const parallelism = options.parallelism > 1 ? options.parallelism : WHAT_IF_PARALLELISM;
        return await whatIfPlan(session.ctx, plan, desired, { parallelism });
    }
    catch (e) {
        return { diagnostics: [targetDiagnostic(e, session.description)] };
    }
    finally {
        await session.close();
    }
}
/** 1 when the plan must not be applied (errors, blocked deletes, conflicts); 2 when it changes something. */
function planOutcome(plan) {
    const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0)
        return { exitCode: 1, message: `the plan has ${errors} error${errors === 1 ? '' : 's'}; fix them first` };
    if (plan.conflicts.length > 0) {
        return {
            exitCode: 1,
            message: `${(0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan)} ${plan.conflicts.length} resource${plan.conflicts.length === 1 ? '' : 's'} with our names belong to someone else; nothing can be applied`,
        };
    }
    if (plan.blocked.length > 0)
        return {
            exitCode: 1,
            message: `${(0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan)} Blocked: ${plan.blocked.map((b) => b.service).join(', ')}`,
        };
    const changes = plan.summary.create + plan.summary.update + plan.summary.delete;
    return { exitCode: changes > 0 ? 2 : 0, message: (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan) };
}


/***/ }),

/***/ 4829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U$: () => (/* binding */ catalog),
  g6: () => (/* binding */ findRegion),
  NM: () => (/* binding */ findServiceByFlagName)
});

// UNUSED EXPORTS: getService

;// CONCATENATED MODULE: ./build/core/catalog/roles.js
// Built-in Azure role definitions the catalog assigns, by name. The GUIDs are the same in every tenant; each
// one was checked against Microsoft's built-in roles reference. Keep one place so a typo cannot hide in a service.
function role(name, id) {
    return { role: name, roleDefinitionId: id };
}
const roles = {
    owner: role('Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'),
    contributor: role('Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'),
    reader: role('Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'),
    storageBlobDataContributor: role('Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'),
    storageBlobDataReader: role('Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'),
    storageBlobDataOwner: role('Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'),
    storageQueueDataContributor: role('Storage Queue Data Contributor', '974c5e8b-45b9-4653-ba55-5f855dd0fb88'),
    storageTableDataContributor: role('Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'),
    storageFileDataPrivilegedContributor: role('Storage File Data Privileged Contributor', '69566ab7-960f-475b-8e7c-b3118f30c6bd'),
    keyVaultSecretsUser: role('Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'),
    keyVaultSecretsOfficer: role('Key Vault Secrets Officer', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'),
    keyVaultAdministrator: role('Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483'),
    keyVaultCryptoServiceEncryptionUser: role('Key Vault Crypto Service Encryption User', 'e147488a-f6f5-4113-8e2d-b22465e65bf6'),
    acrPull: role('AcrPull', '7f951dda-4ed3-4680-a7ca-43fe172d538d'),
    acrPush: role('AcrPush', '8311e382-0749-4cb8-b61a-304f252e45ec'),
    searchIndexDataReader: role('Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f'),
    searchIndexDataContributor: role('Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7'),
    searchServiceContributor: role('Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0'),
    cognitiveServicesOpenAIUser: role('Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'),
    cognitiveServicesOpenAIContributor: role('Cognitive Services OpenAI Contributor', 'a001fd3d-188f-4b5d-821b-7da978bf7442'),
    cognitiveServicesUser: role('Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908'),
    cognitiveServicesSpeechUser: role('Cognitive Services Speech User', 'f2dc8367-1007-4938-bd23-fe263f013447'),
    azureAIDeveloper: role('Azure AI Developer', '64702f94-c441-49e6-a78b-ef80e0188fee'),
    azureAIUser: role('Azure AI User', '53ca6127-db72-4b80-b1b0-d745d6d5456d'),
    azureAIAdministrator: role('Azure AI Administrator', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94'),
    azureAIProjectManager: role('Azure AI Project Manager', 'eadc314b-1a2d-4efa-be10-5d325db5065e'),
    azureMLDataScientist: role('AzureML Data Scientist', 'f6c7c914-8db3-469d-8ca1-694a8f32e121'),
    azureMLComputeOperator: role('AzureML Compute Operator', 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815'),
    cosmosDbOperator: role('Cosmos DB Operator', '230815da-be43-4aae-9cb4-875f7bd000aa'),
    cosmosDbAccountReader: role('Cosmos DB Account Reader Role', 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8'),
    // A Cosmos DB SQL (data-plane) role definition, not an Azure RBAC one: the same id under every account's
    // `sqlRoleDefinitions`, assigned with `databaseAccounts/sqlRoleAssignments` (RoleAssignmentSpec.cosmosSql).
    cosmosDbBuiltInDataContributor: role('Cosmos DB Built-in Data Contributor', '00000000-0000-0000-0000-000000000002'),
    documentDbAccountContributor: role('DocumentDB Account Contributor', '5bd9cd88-fe45-4216-938b-f97437e15450'),
    aksClusterUser: role('Azure Kubernetes Service Cluster User Role', '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'),
    aksRbacReader: role('Azure Kubernetes Service RBAC Reader', '7f6c6a51-bcf8-42ba-9220-52d62157d7db'),
    monitoringMetricsPublisher: role('Monitoring Metrics Publisher', '3913510d-42f4-4e42-8a64-420c390055eb'),
    monitoringReader: role('Monitoring Reader', '43d0d8ad-25c7-4714-9337-8ba259a9fe05'),
    logAnalyticsReader: role('Log Analytics Reader', '73c42c96-874c-492b-b04d-ab87d138a893'),
    websiteContributor: role('Website Contributor', 'de139f84-1756-47ae-9be6-808fbbe84772'),
    logicAppContributor: role('Logic App Contributor', '87a39d53-fc1b-424a-814c-f7e04687dc9e'),
    dataFactoryContributor: role('Data Factory Contributor', '673868aa-7521-48a0-acc6-0f60742d39f5'),
    eventHubsDataSender: role('Azure Event Hubs Data Sender', '2b629674-e913-4c01-ae53-ef4638d8f975'),
    eventHubsDataReceiver: role('Azure Event Hubs Data Receiver', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde'),
    redisCacheContributor: role('Redis Cache Contributor', 'e0f68234-74aa-48ed-b826-c38b57376e17'),
    sqlDbContributor: role('SQL DB Contributor', '9b7fa17d-e63e-47b0-bb0a-15c516ac86ec'),
    virtualMachineUserLogin: role('Virtual Machine User Login', 'fb879df8-f326-4884-b1cf-06f3ad86be52'),
};

;// CONCATENATED MODULE: ./build/core/catalog/personas.js

function grant(persona, role, service, resource) {
    return {
        ...role,
        principal: { kind: 'persona', persona },
        scope: resource ? { service, resource } : { service },
    };
}
function grants(persona, list) {
    return list.map(([role, service, resource]) => grant(persona, role, service, resource));
}
const personas = {
    // Build and evaluate models and agents, read and write project data.
    dataScientists: grants('dataScientists', [
        [roles.azureAIDeveloper, 'aiFoundry'],
        [roles.azureAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
        [roles.storageBlobDataContributor, 'storage'],
        [roles.storageBlobDataContributor, 'storage2'],
        [roles.storageBlobDataContributor, 'dataLake'],
        [roles.searchIndexDataContributor, 'aiSearch'],
        [roles.keyVaultSecretsUser, 'keyVault'],
        [roles.azureMLDataScientist, 'azureML'],
        [roles.azureMLComputeOperator, 'azureML'],
        [roles.cognitiveServicesUser, 'speech'],
        [roles.cognitiveServicesUser, 'vision'],
        [roles.cognitiveServicesUser, 'documentIntelligence'],
        [roles.cognitiveServicesUser, 'contentSafety'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
    // Build applications on the project's services.
    developers: grants('developers', [
        [roles.azureAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
        [roles.storageBlobDataContributor, 'storage'],
        [roles.searchIndexDataContributor, 'aiSearch'],
        [roles.keyVaultSecretsUser, 'keyVault'],
        [roles.acrPush, 'containerRegistry'],
        [roles.websiteContributor, 'webApp'],
        [roles.websiteContributor, 'functionApp'],
        [roles.logicAppContributor, 'logicApps'],
        [roles.aksClusterUser, 'aks'],
        [roles.cognitiveServicesUser, 'speech'],
        [roles.cognitiveServicesUser, 'vision'],
        [roles.cognitiveServicesUser, 'documentIntelligence'],
        [roles.cognitiveServicesUser, 'contentSafety'],
        [roles.eventHubsDataSender, 'eventHubs'],
        [roles.eventHubsDataReceiver, 'eventHubs'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
    // Look, do not touch: read the resources, the data of search and storage, and the logs.
    readers: grants('readers', [
        [roles.reader, 'aiFoundry'],
        [roles.reader, 'aiSearch'],
        [roles.reader, 'storage'],
        [roles.reader, 'keyVault'],
        [roles.storageBlobDataReader, 'storage'],
        [roles.searchIndexDataReader, 'aiSearch'],
        [roles.reader, 'azureML'],
        [roles.cosmosDbAccountReader, 'cosmosDb'],
        [roles.monitoringReader, 'appInsights'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
};

;// CONCATENATED MODULE: ./build/core/catalog/platform.js
// GA api-versions of the resource types the core generates around services. Each was checked against the ARM
// template reference and public Bicep in use. The one preview: diagnostic settings — the only api-version that
// accepts `categoryGroup` (allLogs, audit) is 2021-05-01-preview; the last GA one (2016-09-01) predates it.
const platformApiVersions = {
    'Microsoft.Resources/resourceGroups': '2024-03-01',
    'Microsoft.Resources/deployments': '2024-03-01',
    'Microsoft.Authorization/locks': '2020-05-01',
    'Microsoft.Network/privateEndpoints': '2024-05-01',
    'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': '2024-05-01',
    'Microsoft.Network/privateDnsZones': '2024-06-01',
    'Microsoft.Network/privateDnsZones/virtualNetworkLinks': '2024-06-01',
    'Microsoft.Network/privateDnsZones/A': '2024-06-01',
    'Microsoft.Network/virtualNetworks/subnets': '2024-05-01',
    'Microsoft.Network/networkSecurityGroups': '2024-05-01',
    'Microsoft.Authorization/roleAssignments': '2022-04-01',
    // Cosmos DB data-plane role assignments: the Cosmos DB account's own GA api-version.
    'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments': '2024-11-15',
    'Microsoft.Insights/diagnosticSettings': '2021-05-01-preview',
};
/** Api-versions that are previews on purpose, with the reason (the catalog test allows only these). */
const previewApiVersions = {
    'Microsoft.Insights/diagnosticSettings': 'only 2021-05-01-preview accepts categoryGroup (allLogs/audit); no later GA version exists',
    'Microsoft.Portal/dashboards': 'Microsoft.Portal has published preview api-versions only',
};

;// CONCATENATED MODULE: ./build/core/catalog/regions.js
function region(name, short, displayName) {
    return { name, short, displayName };
}
const regions = [
    // Americas
    region('eastus', 'eus', 'East US'),
    region('eastus2', 'eus2', 'East US 2'),
    region('centralus', 'cus', 'Central US'),
    region('northcentralus', 'ncus', 'North Central US'),
    region('southcentralus', 'scus', 'South Central US'),
    region('westcentralus', 'wcus', 'West Central US'),
    region('westus', 'wus', 'West US'),
    region('westus2', 'wus2', 'West US 2'),
    region('westus3', 'wus3', 'West US 3'),
    region('canadacentral', 'cac', 'Canada Central'),
    region('canadaeast', 'cae', 'Canada East'),
    region('brazilsouth', 'brs', 'Brazil South'),
    region('brazilsoutheast', 'brse', 'Brazil Southeast'),
    region('mexicocentral', 'mxc', 'Mexico Central'),
    region('chilecentral', 'clc', 'Chile Central'),
    // Europe
    region('northeurope', 'neu', 'North Europe'),
    region('westeurope', 'weu', 'West Europe'),
    region('uksouth', 'uks', 'UK South'),
    region('ukwest', 'ukw', 'UK West'),
    region('francecentral', 'frc', 'France Central'),
    region('francesouth', 'frs', 'France South'),
    region('germanywestcentral', 'gwc', 'Germany West Central'),
    region('germanynorth', 'gno', 'Germany North'),
    region('norwayeast', 'noe', 'Norway East'),
    region('norwaywest', 'now', 'Norway West'),
    region('switzerlandnorth', 'szn', 'Switzerland North'),
    region('switzerlandwest', 'szw', 'Switzerland West'),
    region('swedencentral', 'sdc', 'Sweden Central'),
    region('swedensouth', 'sds', 'Sweden South'),
    region('polandcentral', 'plc', 'Poland Central'),
    region('italynorth', 'itn', 'Italy North'),
    region('spaincentral', 'spc', 'Spain Central'),
    // Asia Pacific
    region('eastasia', 'ea', 'East Asia'),
    region('southeastasia', 'sea', 'Southeast Asia'),
    region('japaneast', 'jpe', 'Japan East'),
    region('japanwest', 'jpw', 'Japan West'),
    region('koreacentral', 'krc', 'Korea Central'),
    region('koreasouth', 'krs', 'Korea South'),
    region('centralindia', 'inc', 'Central India'),
    region('southindia', 'ins', 'South India'),
    region('westindia', 'inw', 'West India'),
    region('jioindiawest', 'jiw', 'Jio India West'),
    region('jioindiacentral', 'jic', 'Jio India Central'),
    region('australiaeast', 'aue', 'Australia East'),
    region('australiasoutheast', 'ause', 'Australia Southeast'),
    region('australiacentral', 'auc', 'Australia Central'),
    region('australiacentral2', 'auc2', 'Australia Central 2'),
    region('newzealandnorth', 'nzn', 'New Zealand North'),
    region('indonesiacentral', 'idc', 'Indonesia Central'),
    region('malaysiawest', 'myw', 'Malaysia West'),
    // Middle East and Africa
    region('uaenorth', 'uan', 'UAE North'),
    region('uaecentral', 'uac', 'UAE Central'),
    region('qatarcentral', 'qac', 'Qatar Central'),
    region('israelcentral', 'ilc', 'Israel Central'),
    region('southafricanorth', 'san', 'South Africa North'),
    region('southafricawest', 'saw', 'South Africa West'),
];

;// CONCATENATED MODULE: ./build/core/catalog/define.js
function endpoint(resource, groupId, ...dnsZones) {
    return { resource, groupId, dnsZones };
}
function allLogs(resource, metrics = true) {
    return { resource, logs: 'allLogs', metrics };
}
/** `principal` service's managed identity gets `role` on `scope` service (optionally one of its resources). */
function serviceRole(role, principal, scope, resource) {
    return {
        ...role,
        principal: { kind: 'serviceIdentity', service: principal },
        scope: resource ? { service: scope, resource } : { service: scope },
    };
}
/** The project's user-assigned identity gets `role` on `scope`. */
function projectIdentityRole(role, scope, resource) {
    return {
        ...role,
        principal: { kind: 'projectIdentity' },
        scope: resource ? { service: scope, resource } : { service: scope },
    };
}
/** The subnet most private endpoints share. */
const genaiSubnet = { name: 'genai', prefixLength: 25 };
/** Foundation services a private, monitored service waits for when they are on. */
const privateServiceUses = ['resourceGroups', 'network', 'privateDnsZones', 'logAnalytics'];
/** Removal orders. Role assignments and diagnostics go first so nothing dangles; endpoints before the resource. */
const cleanup = {
    plain: ['roleAssignments', 'diagnosticSettings', 'resource'],
    private: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'resource',
    ],
    privateWithChildren: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
    ],
    /** Cognitive Services, Key Vault, AML, APIM: the name stays blocked until the soft-deleted object is purged. */
    privateSoftDeleted: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
        'purgeSoftDeleted',
    ],
    /** VNet-injected services: Azure frees the delegated subnet only minutes after the resource is gone. */
    injected: [
        'roleAssignments',
        'diagnosticSettings',
        'childResources',
        'resource',
        'waitSubnetRelease',
    ],
    injectedPrivate: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
        'waitSubnetRelease',
    ],
};
/** Public network access off: every service is reached through its private endpoint. */
const privateOnly = { publicNetworkAccess: 'Disabled' };
/** Standard Cognitive Services account body for a kind (Speech, Vision, Document Intelligence, …). */
function cognitiveAccountBody(kind, sku, customSubDomainName) {
    return {
        location: '{{location}}',
        kind,
        sku: { name: sku },
        identity: { type: 'SystemAssigned' },
        properties: {
            customSubDomainName,
            publicNetworkAccess: 'Disabled',
            disableLocalAuth: true,
            networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        },
    };
}

;// CONCATENATED MODULE: ./build/core/catalog/name-rules.js
function rule(base) {
    return (pattern) => ({ pattern, ...base });
}
/** Alphanumerics and hyphens, starting and ending with an alphanumeric. */
const ALNUM_HYPHEN = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const ALNUM_HYPHEN_TEXT = 'letters, digits and hyphens; starts and ends with a letter or digit';
const nameRules = {
    resourceGroup: rule({
        minLength: 1,
        maxLength: 90,
        allowed: '[-\\w.()]*[-\\w()]',
        allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
        uniqueness: 'subscription',
    }),
    userAssignedIdentity: rule({
        minLength: 3,
        maxLength: 128,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    // virtualNetworks, networkSecurityGroups, networkInterfaces, bastionHosts, publicIPAddresses share this rule.
    network: (maxLength) => rule({
        minLength: maxLength === 64 ? 2 : 1,
        maxLength,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit, ends with a letter, digit or underscore',
        uniqueness: 'resourceGroup',
    }),
    logAnalytics: rule({
        minLength: 4,
        maxLength: 63,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'resourceGroup',
    }),
    appInsights: rule({
        minLength: 1,
        maxLength: 260,
        allowed: '[^%&\\\\?/]*[^%&\\\\?/. ]',
        allowedText: 'any characters except % & \\ ? /; not ending in a space or period',
        uniqueness: 'resourceGroup',
    }),
    keyVault: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-zA-Z](-?[a-zA-Z0-9])*',
        allowedText: 'letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    keyVaultKey: rule({
        minLength: 1,
        maxLength: 127,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'parent',
    }),
    storage: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-z0-9]+',
        allowedText: 'lower-case letters and digits only',
        lowercase: true,
        stripHyphens: true,
        uniqueness: 'global',
    }),
    blobContainer: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-z0-9](-?[a-z0-9])*',
        allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'parent',
    }),
    // Cognitive Services accounts get a custom subdomain equal to their name, hence global.
    cognitiveServicesAccount: rule({
        minLength: 2,
        maxLength: 64,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'global',
    }),
    cognitiveServicesChild: rule({
        minLength: 2,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
        uniqueness: 'parent',
    }),
    search: rule({
        minLength: 2,
        maxLength: 60,
        allowed: '[a-z0-9](-?[a-z0-9])*',
        allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    searchSharedPrivateLink: rule({
        minLength: 1,
        maxLength: 60,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens',
        uniqueness: 'parent',
    }),
    dashboard: rule({
        minLength: 3,
        maxLength: 160,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'resourceGroup',
    }),
    cosmos: rule({
        minLength: 3,
        maxLength: 44,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    containerRegistry: rule({
        minLength: 5,
        maxLength: 50,
        allowed: '[a-z0-9]+',
        allowedText: 'letters and digits only',
        lowercase: true,
        stripHyphens: true,
        uniqueness: 'global',
    }),
    containerAppsEnvironment: rule({
        minLength: 2,
        maxLength: 60,
        allowed: '[a-z]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        lowercase: true,
        uniqueness: 'resourceGroup',
    }),
    containerApp: rule({
        minLength: 2,
        maxLength: 32,
        allowed: '[a-z]([a-z0-9]|-(?!-))*[a-z0-9]',
        allowedText: 'lower-case letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
        lowercase: true,
        uniqueness: 'resourceGroup',
    }),
    aks: rule({
        minLength: 1,
        maxLength: 63,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits, underscores and hyphens; starts and ends with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    machineLearningWorkspace: rule({
        minLength: 3,
        maxLength: 33,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    machineLearningCompute: rule({
        minLength: 2,
        maxLength: 16,
        allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'parent',
    }),
    capabilityHost: rule({
        minLength: 3,
        maxLength: 33,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'parent',
    }),
    // sites (web, function and logic apps) get <name>.azurewebsites.net, hence global.
    site: rule({
        minLength: 2,
        maxLength: 60,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'global',
    }),
    appServicePlan: rule({
        minLength: 1,
        maxLength: 60,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'resourceGroup',
    }),
    botService: rule({
        minLength: 2,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
        uniqueness: 'global',
    }),
    // Linux VM names are limited to 64; the computer (host) name inside is limited to 64 as well.
    virtualMachine: rule({
        minLength: 1,
        maxLength: 64,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits, hyphens and periods; starts and ends with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    postgresFlexible: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    sqlServer: rule({
        minLength: 1,
        maxLength: 63,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    sqlDatabase: rule({
        minLength: 1,
        maxLength: 128,
        allowed: '[^<>*%&:\\\\/?]*[^<>*%&:\\\\/?. ]',
        allowedText: 'any characters except < > * % & : \\ / ?; not ending in a period or space',
        uniqueness: 'parent',
    }),
    redis: rule({
        minLength: 1,
        maxLength: 63,
        allowed: '[a-zA-Z0-9](-?[a-zA-Z0-9])*',
        allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
        uniqueness: 'global',
    }),
    elasticMonitor: rule({
        minLength: 1,
        maxLength: 32,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    dataFactory: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-zA-Z0-9](-?[a-zA-Z0-9])*',
        allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
        uniqueness: 'global',
    }),
    databricks: rule({
        minLength: 3,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    eventHubsNamespace: rule({
        minLength: 6,
        maxLength: 50,
        allowed: '[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    apiManagement: rule({
        minLength: 1,
        maxLength: 50,
        allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    bingAccount: rule({
        minLength: 2,
        maxLength: 64,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'resourceGroup',
    }),
    fixedName: (name) => ({
        pattern: name,
        minLength: name.length,
        maxLength: name.length,
        allowed: name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        allowedText: `exactly '${name}' (a name Azure requires)`,
        uniqueness: 'parent',
    }),
};

;// CONCATENATED MODULE: ./build/core/catalog/services/ai.js



const COGNITIVE_API = '2025-06-01';
const ACCOUNT_TYPE = 'Microsoft.CognitiveServices/accounts';
const COGNITIVE_ZONE = 'privatelink.cognitiveservices.azure.com';
const OPENAI_ZONE = 'privatelink.openai.azure.com';
const AI_SERVICES_ZONE = 'privatelink.services.ai.azure.com';
const cognitiveSoftDelete = { kind: 'cognitiveServices', retentionDays: 2, purgeProtection: false };
const deploymentsOption = {
    name: 'deployments',
    type: 'list',
    default: [],
    description: 'Model deployments, each { name, model: { format, name, version }, sku: { name, capacity } }, e.g. { name: gpt-4o, model: { format: OpenAI, name: gpt-4o, version: "2024-11-20" }, sku: { name: GlobalStandard, capacity: 10 } }.',
};
/** One model deployment per entry of `services.<id>.deployments`. */
function modelDeployments(parent) {
    return {
        key: 'deployment',
        type: 'Microsoft.CognitiveServices/accounts/deployments',
        apiVersion: COGNITIVE_API,
        resourceGroup: 'project',
        parent,
        forEach: 'deployments',
        name: nameRules.cognitiveServicesChild('{item}'),
        body: {
            sku: { name: '{{item:sku.name}}', capacity: '{{item:sku.capacity}}' },
            properties: {
                model: {
                    format: '{{item:model.format}}',
                    name: '{{item:model.name}}',
                    version: '{{item:model.version}}',
                },
            },
        },
        keyProperties: ['sku.capacity', 'properties.model.version'],
    };
}
const aiFoundry = {
    id: 'aiFoundry',
    title: 'Azure AI Foundry',
    description: 'Foundry resource (Cognitive Services account of kind AIServices with project management) with the default project and model deployments; agents run in the injected agent subnet.',
    category: 'ai',
    aliases: ['enableAIFoundry', 'ENABLE_AI_FOUNDRY'],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'account',
            type: ACCOUNT_TYPE,
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            name: nameRules.cognitiveServicesAccount('aif-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'AIServices',
                sku: { name: 'S0' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    allowProjectManagement: true,
                    customSubDomainName: '{{name:aiFoundry.account}}',
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                    networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
                    // Set at creation only: the platform creates the account's capability host from it.
                    networkInjections: [
                        { scenario: 'agent', subnetArmId: '{{subnetId:aca2}}', useMicrosoftManagedNetwork: false },
                    ],
                },
            },
            keyProperties: ['properties.publicNetworkAccess', 'properties.allowProjectManagement'],
        },
        {
            key: 'project',
            type: 'Microsoft.CognitiveServices/accounts/projects',
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            parent: 'account',
            name: nameRules.cognitiveServicesChild('{project}-default'),
            body: {
                location: '{{location}}',
                identity: { type: 'SystemAssigned' },
                properties: { displayName: 'Default project', description: 'Created by aifactory-flags' },
            },
        },
        modelDeployments('account'),
    ],
    privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE, OPENAI_ZONE, AI_SERVICES_ZONE)],
    subnets: [genaiSubnet, { name: 'aca2', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.storageBlobDataContributor, 'aiFoundry', 'storage')],
    diagnostics: [allLogs('account')],
    dataBearing: false,
    softDelete: cognitiveSoftDelete,
    provisioningSeconds: 180,
    deletionSeconds: 120,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'storage'],
    cleanup: cleanup.privateSoftDeleted,
    options: [deploymentsOption],
    notes: [
        'A deleted account stays soft-deleted for 48 hours and blocks its name (custom subdomain) until purged.',
        'Agent subnet injection (aca2, delegated to Microsoft.App/environments) cannot use 10.0.0.0/8 address spaces.',
    ],
};
const connection = (key, pattern, category, target, resourceId) => ({
    key,
    type: 'Microsoft.CognitiveServices/accounts/projects/connections',
    apiVersion: COGNITIVE_API,
    resourceGroup: 'project',
    parent: 'project',
    parentService: 'aiFoundry',
    name: nameRules.cognitiveServicesChild(pattern),
    body: {
        properties: {
            category,
            target,
            authType: 'AAD',
            metadata: { ApiType: 'Azure', ResourceId: resourceId, location: '{{location}}' },
        },
    },
});
/** The Cosmos DB database the Foundry agent service creates for its threads and entities. */
const AGENT_DATABASE = 'enterprise_memory';
/** A role of the default Foundry project's system-assigned identity. */
const projectRole = (role, scope) => ({
    ...serviceRole(role, 'aiFoundry', scope),
    principal: { kind: 'serviceIdentity', service: 'aiFoundry', resource: 'project' },
});
const foundryCapabilityHost = {
    id: 'foundryCapabilityHost',
    title: 'Foundry agents capability host',
    description: "Standard agent setup: the default project's capability host keeps agent threads in Cosmos DB, files in storage and vectors in AI Search — all in the project's subscription.",
    category: 'ai',
    aliases: ['enableAFoundryCaphost', 'ENABLE_FOUNDRY_CAPHOST'],
    scope: 'project',
    baseline: [],
    resources: [
        connection('connCosmos', '{project}-cosmos', 'CosmosDb', 'https://{{name:cosmosDb.account}}.documents.azure.com:443/', '{{id:cosmosDb.account}}'),
        connection('connStorage', '{project}-storage', 'AzureStorageAccount', 'https://{{name:storage.account}}.blob.core.windows.net/', '{{id:storage.account}}'),
        connection('connSearch', '{project}-search', 'CognitiveSearch', 'https://{{name:aiSearch.service}}.search.windows.net', '{{id:aiSearch.service}}'),
        {
            key: 'capabilityHost',
            type: 'Microsoft.CognitiveServices/accounts/projects/capabilityHosts',
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            parent: 'project',
            parentService: 'aiFoundry',
            name: nameRules.capabilityHost('caphost-{project}'),
            body: {
                properties: {
                    capabilityHostKind: 'Agents',
                    vectorStoreConnections: ['{{name:foundryCapabilityHost.connSearch}}'],
                    storageConnections: ['{{name:foundryCapabilityHost.connStorage}}'],
                    threadStorageConnections: ['{{name:foundryCapabilityHost.connCosmos}}'],
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    // Microsoft's standard agent setup: the PROJECT's identity (not the account's) holds these. The control-plane
    // roles must exist before the capability host is created ("The Cosmos DB Operator role must be assigned
    // before the caphost is created"); the data roles follow the host, which creates the agent database and
    // containers they cover.
    roleAssignments: [
        ...[
            projectRole(roles.cosmosDbOperator, 'cosmosDb'),
            projectRole(roles.storageBlobDataContributor, 'storage'),
            projectRole(roles.searchIndexDataContributor, 'aiSearch'),
            projectRole(roles.searchServiceContributor, 'aiSearch'),
        ].map((spec) => ({ ...spec, before: ['capabilityHost'] })),
        { ...projectRole(roles.storageBlobDataOwner, 'storage'), after: ['capabilityHost'] },
        {
            ...projectRole(roles.cosmosDbBuiltInDataContributor, 'cosmosDb'),
            // The whole agent database: the host creates its containers (named after the project's workspace id,
            // known only after apply) and adds more lazily.
            cosmosSql: { path: `/dbs/${AGENT_DATABASE}` },
            after: ['capabilityHost'],
        },
    ],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 300,
    deletionSeconds: 600,
    requires: ['aiFoundry', 'storage'],
    implies: ['cosmosDb', 'aiSearch'],
    uses: ['managedIdentity'],
    cleanup: ['roleAssignments', 'childResources', 'resource'],
    notes: [
        "Cosmos DB and AI Search are switched on with it and kept while it exists: they hold the agents' threads and vectors.",
        'Deleting a capability host takes minutes and leaves the agent subnet linked until it completes.',
        "Roles go to the default project's identity, as in Microsoft's standard agent setup: Cosmos DB Operator, Storage Blob Data Contributor, Search Index Data Contributor and Search Service Contributor before the host; Storage Blob Data Owner and Cosmos DB Built-in Data Contributor (a Cosmos SQL role on the enterprise_memory database) after it.",
        "Storage Blob Data Owner is granted on the account without Microsoft's condition (containers named after the project's workspace id, which exists only after apply).",
    ],
};
const azureOpenAI = {
    id: 'azureOpenAI',
    title: 'Azure OpenAI (standalone)',
    description: 'A standalone Azure OpenAI account beside Foundry, with its own model deployments.',
    category: 'ai',
    aliases: ['enableAzureOpenAI', 'ENABLE_AZURE_OPENAI'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'account',
            type: ACCOUNT_TYPE,
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            name: nameRules.cognitiveServicesAccount('aoai-{project}-{loc}-{env}-{salt}'),
            body: cognitiveAccountBody('OpenAI', 'S0', '{{name:azureOpenAI.account}}'),
            keyProperties: ['properties.publicNetworkAccess'],
        },
        modelDeployments('account'),
    ],
    privateEndpoints: [endpoint('account', 'account', OPENAI_ZONE)],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('account')],
    dataBearing: false,
    softDelete: cognitiveSoftDelete,
    provisioningSeconds: 60,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateSoftDeleted,
    options: [deploymentsOption],
};
const aiSearch = {
    id: 'aiSearch',
    title: 'Azure AI Search',
    description: 'Vector and keyword search for RAG and agents; reads storage and calls Foundry models with its identity.',
    category: 'ai',
    aliases: ['enableAISearch', 'ENABLE_AI_SEARCH'],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'service',
            type: 'Microsoft.Search/searchServices',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.search('srch-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: '{{param:sku}}' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    replicaCount: 1,
                    partitionCount: 1,
                    hostingMode: 'default',
                    publicNetworkAccess: 'disabled',
                    disableLocalAuth: true,
                    semanticSearch: '{{param:semanticSearch}}',
                    networkRuleSet: { bypass: 'AzureServices', ipRules: [] },
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('service', 'searchService', 'privatelink.search.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'aiFoundry'),
        serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'azureOpenAI'),
        serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage'),
        serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage2'),
        serviceRole(roles.searchIndexDataContributor, 'aiFoundry', 'aiSearch'),
        serviceRole(roles.searchServiceContributor, 'aiFoundry', 'aiSearch'),
    ],
    diagnostics: [allLogs('service')],
    dataBearing: true,
    provisioningSeconds: 240,
    deletionSeconds: 120,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'aiFoundry', 'azureOpenAI', 'storage', 'storage2'],
    cleanup: cleanup.private,
    options: [
        {
            name: 'sku',
            type: 'string',
            default: 'basic',
            choices: [
                'basic',
                'standard',
                'standard2',
                'standard3',
                'storage_optimized_l1',
                'storage_optimized_l2',
            ],
            description: 'Pricing tier; private endpoints need basic or higher, skillset indexers standard or higher.',
        },
        {
            name: 'semanticSearch',
            type: 'string',
            default: 'free',
            choices: ['disabled', 'free', 'standard'],
            description: 'Semantic ranker plan.',
        },
    ],
};
const aiSearchSharedPrivateLink = {
    id: 'aiSearchSharedPrivateLink',
    title: 'AI Search shared private links',
    description: "Outbound private connections from AI Search's indexers to the storage account and Foundry, approved on the target.",
    category: 'ai',
    aliases: ['enableAISearchSharedPrivateLink', 'ENABLE_AI_SEARCH_SHARED_PRIVATE_LINK'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'toStorage',
            type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            parent: 'service',
            parentService: 'aiSearch',
            name: nameRules.searchSharedPrivateLink('spl-{project}-blob'),
            body: {
                properties: {
                    privateLinkResourceId: '{{id:storage.account}}',
                    groupId: 'blob',
                    requestMessage: 'AI Search indexers (aifactory-flags)',
                },
            },
        },
        {
            key: 'toFoundry',
            type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            parent: 'service',
            parentService: 'aiSearch',
            name: nameRules.searchSharedPrivateLink('spl-{project}-foundry'),
            body: {
                properties: {
                    privateLinkResourceId: '{{id:aiFoundry.account}}',
                    groupId: 'cognitiveservices_account',
                    requestMessage: 'AI Search vectorizers (aifactory-flags)',
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 300,
    deletionSeconds: 180,
    requires: ['aiSearch', 'storage', 'aiFoundry'],
    implies: [],
    uses: [],
    cleanup: ['childResources'],
    notes: [
        'The target owner must approve each shared private link (the private endpoint connection on storage and Foundry).',
        'Needs AI Search basic or higher; indexers with skillsets need standard (S1).',
    ],
};
const azureML = {
    id: 'azureML',
    title: 'Azure Machine Learning',
    description: 'Azure ML workspace for discriminative ML and MLOps, wired to the project storage, Key Vault, container registry and Application Insights.',
    category: 'ai',
    aliases: ['enableAzureMachineLearning', 'ENABLE_AZURE_MACHINE_LEARNING'],
    scope: 'project',
    baseline: ['esml'],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.MachineLearningServices/workspaces',
            apiVersion: '2025-06-01',
            resourceGroup: 'project',
            name: nameRules.machineLearningWorkspace('aml-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'Default',
                sku: { name: 'Basic', tier: 'Basic' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    friendlyName: '{{name:azureML.workspace}}',
                    storageAccount: '{{id:storage.account}}',
                    keyVault: '{{id:keyVault.vault}}',
                    containerRegistry: '{{id:containerRegistry.registry}}',
                    applicationInsights: '{{id:appInsights.component}}',
                    // The storage account refuses shared keys (allowSharedKeyAccess: false): the workspace's default
                    // datastores must reach it with its managed identity, else they are created with keys that never work.
                    systemDatastoresAuthMode: 'identity',
                    publicNetworkAccess: 'Disabled',
                    v1LegacyMode: false,
                    managedNetwork: { isolationMode: 'AllowInternetOutbound' },
                },
            },
            keyProperties: ['properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [
        endpoint('workspace', 'amlworkspace', 'privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.storageBlobDataContributor, 'azureML', 'storage'),
        serviceRole(roles.storageFileDataPrivilegedContributor, 'azureML', 'storage'),
        serviceRole(roles.keyVaultAdministrator, 'azureML', 'keyVault'),
        serviceRole(roles.acrPush, 'azureML', 'containerRegistry'),
    ],
    diagnostics: [allLogs('workspace')],
    dataBearing: true,
    softDelete: { kind: 'machineLearningWorkspace', retentionDays: 14, purgeProtection: false },
    provisioningSeconds: 180,
    deletionSeconds: 120,
    requires: ['storage', 'keyVault', 'containerRegistry', 'appInsights'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateSoftDeleted,
    notes: ['A deleted workspace stays soft-deleted for 14 days; its name is blocked until it is purged.'],
};
const aksForAzureML = {
    id: 'aksForAzureML',
    title: 'AKS for Azure ML',
    description: 'A private AKS cluster attached to the Azure ML workspace as an inference compute target.',
    category: 'ai',
    aliases: ['enableAksForAzureML', 'ENABLE_AKS_FOR_AZURE_ML'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cluster',
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.aks('aksml-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Base', tier: 'Standard' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    dnsPrefix: '{{name:aksForAzureML.cluster}}',
                    enableRBAC: true,
                    disableLocalAccounts: true,
                    aadProfile: { managed: true, enableAzureRBAC: true },
                    apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
                    networkProfile: {
                        networkPlugin: 'azure',
                        networkPluginMode: 'overlay',
                        outboundType: 'loadBalancer',
                    },
                    agentPoolProfiles: [
                        {
                            name: 'system',
                            mode: 'System',
                            count: 3,
                            vmSize: 'Standard_D4s_v5',
                            osType: 'Linux',
                            type: 'VirtualMachineScaleSets',
                            vnetSubnetID: '{{subnetId:aks}}',
                        },
                    ],
                },
            },
            keyProperties: ['properties.agentPoolProfiles'],
        },
        {
            key: 'compute',
            type: 'Microsoft.MachineLearningServices/workspaces/computes',
            apiVersion: '2025-06-01',
            resourceGroup: 'project',
            parent: 'workspace',
            parentService: 'azureML',
            name: nameRules.machineLearningCompute('aks-{projectNumber}-{env}'),
            body: {
                location: '{{location}}',
                properties: {
                    computeType: 'AKS',
                    resourceId: '{{id:aksForAzureML.cluster}}',
                    properties: { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer' },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aks', prefixLength: 26 }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.acrPull, 'aksForAzureML', 'containerRegistry')],
    diagnostics: [allLogs('cluster')],
    dataBearing: false,
    provisioningSeconds: 720,
    deletionSeconds: 480,
    requires: ['azureML'],
    implies: [],
    uses: [...privateServiceUses, 'containerRegistry'],
    cleanup: ['roleAssignments', 'diagnosticSettings', 'childResources', 'resource', 'waitSubnetRelease'],
    notes: ['Deleted before Azure ML: it depends on the workspace, so the delete order puts it first.'],
};
function cognitiveService(input) {
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'ai',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: ACCOUNT_TYPE,
                apiVersion: COGNITIVE_API,
                resourceGroup: 'project',
                name: nameRules.cognitiveServicesAccount(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
                body: cognitiveAccountBody(input.kind, input.sku, `{{name:${input.id}.account}}`),
                keyProperties: ['properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE)],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [allLogs('account')],
        dataBearing: false,
        softDelete: cognitiveSoftDelete,
        provisioningSeconds: 60,
        deletionSeconds: 60,
        requires: [],
        implies: [],
        uses: privateServiceUses,
        cleanup: cleanup.privateSoftDeleted,
    };
}
const speech = cognitiveService({
    id: 'speech',
    title: 'Azure AI Speech',
    description: 'Speech to text, text to speech and translation.',
    aliases: ['enableAzureSpeech', 'ENABLE_AZURE_SPEECH'],
    kind: 'SpeechServices',
    sku: 'S0',
    prefix: 'spch',
});
const vision = cognitiveService({
    id: 'vision',
    title: 'Azure AI Vision',
    description: 'Image analysis, OCR and multimodal embeddings.',
    aliases: ['enableAzureAIVision', 'ENABLE_AZURE_AI_VISION'],
    kind: 'ComputerVision',
    sku: 'S1',
    prefix: 'vis',
});
const documentIntelligence = cognitiveService({
    id: 'documentIntelligence',
    title: 'Azure AI Document Intelligence',
    description: 'Layout, form and document extraction (formerly Form Recognizer).',
    aliases: ['enableAIDocIntelligence', 'ENABLE_AI_DOC_INTELLIGENCE'],
    kind: 'FormRecognizer',
    sku: 'S0',
    prefix: 'docint',
});
const contentSafety = cognitiveService({
    id: 'contentSafety',
    title: 'Azure AI Content Safety',
    description: 'Harmful content detection and prompt shields for text and images.',
    aliases: ['enableContentSafety', 'ENABLE_CONTENT_SAFETY'],
    kind: 'ContentSafety',
    sku: 'S0',
    prefix: 'cs',
});
function bing(input) {
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'ai',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.Bing/accounts',
                apiVersion: '2020-06-10',
                resourceGroup: 'project',
                name: nameRules.bingAccount(`${input.prefix}-{project}-{env}-{salt}`),
                body: {
                    location: 'global',
                    kind: input.kind,
                    sku: { name: input.sku },
                    properties: { statisticsEnabled: false },
                },
            },
        ],
        privateEndpoints: [],
        subnets: [],
        identity: 'none',
        roleAssignments: [],
        diagnostics: [],
        dataBearing: false,
        provisioningSeconds: 30,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: ['resourceGroups'],
        cleanup: ['resource'],
        notes: [
            'A global service reached over the public internet by Foundry agents; it has no private endpoint.',
        ],
    };
}
const bingGrounding = bing({
    id: 'bingGrounding',
    title: 'Grounding with Bing Search',
    description: 'Web grounding for Foundry agents.',
    aliases: ['enableBing', 'ENABLE_BING'],
    kind: 'Bing.Grounding',
    sku: 'G1',
    prefix: 'bing',
});
const bingCustomSearch = bing({
    id: 'bingCustomSearch',
    title: 'Grounding with Bing Custom Search',
    description: 'Web grounding for Foundry agents restricted to the domains you choose.',
    aliases: ['enableBingCustomSearch', 'ENABLE_BING_CUSTOM_SEARCH'],
    kind: 'Bing.GroundingCustomSearch',
    sku: 'G2',
    prefix: 'bingcs',
});
const aiServices = [
    aiFoundry,
    foundryCapabilityHost,
    azureOpenAI,
    aiSearch,
    aiSearchSharedPrivateLink,
    azureML,
    aksForAzureML,
    speech,
    vision,
    documentIntelligence,
    contentSafety,
    bingGrounding,
    bingCustomSearch,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/data.js


const COSMOS_API = '2024-11-15';
function cosmos(id) {
    const mongo = id === 'cosmosDbMongo';
    return {
        id,
        title: mongo ? 'Cosmos DB for MongoDB (RU)' : 'Cosmos DB (NoSQL)',
        description: mongo
            ? "A serverless Cosmos DB account with the MongoDB API (today's cosmosKind: MongoDB)."
            : 'A serverless Cosmos DB account with the NoSQL API; keys off, Entra ID only. Foundry agents keep their threads here.',
        category: 'data',
        aliases: mongo ? [] : ['enableCosmosDB', 'ENABLE_COSMOS_DB', 'serviceSettingDeployCosmosDB'],
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.DocumentDB/databaseAccounts',
                apiVersion: COSMOS_API,
                resourceGroup: 'project',
                name: nameRules.cosmos(mongo ? 'cosmon-{project}-{loc}-{env}-{salt}' : 'cosmos-{project}-{loc}-{env}-{salt}'),
                body: {
                    location: '{{location}}',
                    kind: mongo ? 'MongoDB' : 'GlobalDocumentDB',
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        databaseAccountOfferType: 'Standard',
                        locations: [{ locationName: '{{location}}', failoverPriority: 0, isZoneRedundant: false }],
                        consistencyPolicy: { defaultConsistencyLevel: 'Session' },
                        capabilities: mongo
                            ? [{ name: 'EnableServerless' }, { name: 'EnableMongo' }]
                            : [{ name: 'EnableServerless' }],
                        ...(mongo ? { apiProperties: { serverVersion: '7.0' } } : { disableLocalAuth: true }),
                        publicNetworkAccess: 'Disabled',
                        disableKeyBasedMetadataWriteAccess: true,
                        minimalTlsVersion: 'Tls12',
                    },
                },
                keyProperties: ['kind', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            mongo
                ? endpoint('account', 'MongoDB', 'privatelink.mongo.cosmos.azure.com')
                : endpoint('account', 'Sql', 'privatelink.documents.azure.com'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [allLogs('account')],
        dataBearing: true,
        provisioningSeconds: 420,
        deletionSeconds: 300,
        requires: [],
        implies: [],
        uses: privateServiceUses,
        cleanup: cleanup.private,
        notes: mongo
            ? [
                'The API of an account cannot change: switching between cosmosDb and cosmosDbMongo replaces the account.',
            ]
            : [
                'Data-plane access (Cosmos DB Built-in Data Contributor) is a Cosmos SQL role assignment, granted by Foundry at agent setup.',
            ],
    };
}
const postgreSql = {
    id: 'postgreSql',
    title: 'PostgreSQL Flexible Server',
    description: 'PostgreSQL 16 (General Purpose D2ds v5) with Entra ID authentication only, reached through a private endpoint.',
    category: 'data',
    aliases: ['enablePostgreSQL', 'ENABLE_POSTGRESQL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'server',
            type: 'Microsoft.DBforPostgreSQL/flexibleServers',
            apiVersion: '2024-08-01',
            resourceGroup: 'project',
            name: nameRules.postgresFlexible('psql-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard_D2ds_v5', tier: 'GeneralPurpose' },
                properties: {
                    version: '16',
                    createMode: 'Default',
                    storage: { storageSizeGB: 128, autoGrow: 'Enabled' },
                    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
                    highAvailability: { mode: 'Disabled' },
                    network: { publicNetworkAccess: 'Disabled' },
                    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: '{{tenantId}}' },
                },
            },
            keyProperties: ['sku.name', 'properties.version'],
        },
    ],
    privateEndpoints: [endpoint('server', 'postgresqlServer', 'privatelink.postgres.database.azure.com')],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('server')],
    dataBearing: true,
    provisioningSeconds: 600,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    notes: [
        "Entra ID administrators (today's postGresAdminEmails) are added after creation with flexibleServers/administrators.",
    ],
};
const azureSql = {
    id: 'azureSql',
    title: 'Azure SQL Database',
    description: 'A logical SQL server with Entra-only authentication (the project identity as admin) and a serverless database.',
    category: 'data',
    aliases: ['enableSQLDatabase', 'ENABLE_SQL_DATABASE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'server',
            type: 'Microsoft.Sql/servers',
            apiVersion: '2023-08-01',
            resourceGroup: 'project',
            name: nameRules.sqlServer('sql-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                identity: { type: 'SystemAssigned' },
                properties: {
                    minimalTlsVersion: '1.2',
                    publicNetworkAccess: 'Disabled',
                    administrators: {
                        administratorType: 'ActiveDirectory',
                        azureADOnlyAuthentication: true,
                        principalType: 'Application',
                        login: '{{name:managedIdentity.identity}}',
                        sid: '{{principalId:managedIdentity}}',
                        tenantId: '{{tenantId}}',
                    },
                },
            },
            keyProperties: ['properties.publicNetworkAccess'],
        },
        {
            key: 'database',
            type: 'Microsoft.Sql/servers/databases',
            apiVersion: '2023-08-01',
            resourceGroup: 'project',
            parent: 'server',
            name: nameRules.sqlDatabase('sqldb-{project}-{env}'),
            body: {
                location: '{{location}}',
                sku: { name: 'GP_S_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
                properties: {
                    autoPauseDelay: 60,
                    minCapacity: 0.5,
                    zoneRedundant: false,
                    requestedBackupStorageRedundancy: 'Local',
                },
            },
            keyProperties: ['sku.name'],
        },
    ],
    privateEndpoints: [endpoint('server', 'sqlServer', 'privatelink.database.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('database')],
    dataBearing: true,
    provisioningSeconds: 300,
    deletionSeconds: 120,
    requires: ['managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateWithChildren,
};
const redis = {
    id: 'redis',
    title: 'Azure Cache for Redis',
    description: 'A Standard C1 Redis cache with Entra ID authentication and access keys off.',
    category: 'data',
    aliases: ['enableRedisCache', 'ENABLE_REDIS_CACHE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cache',
            type: 'Microsoft.Cache/redis',
            apiVersion: '2024-11-01',
            resourceGroup: 'project',
            name: nameRules.redis('redis-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                identity: { type: 'SystemAssigned' },
                properties: {
                    sku: { name: 'Standard', family: 'C', capacity: 1 },
                    enableNonSslPort: false,
                    minimumTlsVersion: '1.2',
                    publicNetworkAccess: 'Disabled',
                    disableAccessKeyAuthentication: true,
                    redisConfiguration: { 'aad-enabled': 'true' },
                },
            },
            keyProperties: ['properties.sku'],
        },
    ],
    privateEndpoints: [endpoint('cache', 'redisCache', 'privatelink.redis.cache.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('cache')],
    dataBearing: true,
    provisioningSeconds: 1200,
    deletionSeconds: 600,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
};
const dataLake = {
    id: 'dataLake',
    title: 'Data lake (ADLS Gen2)',
    description: 'A storage account with hierarchical namespace: the ESML lake that Azure ML, Data Factory and Databricks share.',
    category: 'data',
    aliases: [],
    scope: 'project',
    baseline: ['esml'],
    resources: [
        {
            key: 'account',
            type: 'Microsoft.Storage/storageAccounts',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            name: nameRules.storage('dl{projectNumber}{loc}{salt}{env}'),
            body: {
                location: '{{location}}',
                kind: 'StorageV2',
                sku: { name: 'Standard_ZRS' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    isHnsEnabled: true,
                    accessTier: 'Hot',
                    allowBlobPublicAccess: false,
                    allowSharedKeyAccess: false,
                    minimumTlsVersion: 'TLS1_2',
                    supportsHttpsTrafficOnly: true,
                    publicNetworkAccess: 'Disabled',
                    networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                },
            },
            keyProperties: ['properties.isHnsEnabled', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [
        endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
        endpoint('account', 'dfs', 'privatelink.dfs.core.windows.net'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [{ resource: 'account', logs: [], metrics: true }],
    dataBearing: true,
    provisioningSeconds: 30,
    deletionSeconds: 20,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    notes: [
        'Hierarchical namespace cannot be switched off after creation. A BYO lake is referenced, never created.',
    ],
};
const elastic = {
    id: 'elastic',
    title: 'Elastic Cloud (Elasticsearch)',
    description: 'An Elastic Cloud deployment billed through Azure Marketplace, linked to the subscription as an Elastic monitor.',
    category: 'data',
    aliases: ['enableElasticsearch', 'ENABLE_ELASTICSEARCH'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'monitor',
            type: 'Microsoft.Elastic/monitors',
            apiVersion: '2024-03-01',
            resourceGroup: 'project',
            name: nameRules.elasticMonitor('es-{project}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'ess-consumption-2024_Monthly' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    monitoringStatus: 'Enabled',
                    userInfo: {
                        firstName: '{{param:firstName}}',
                        lastName: '{{param:lastName}}',
                        companyName: '{{param:companyName}}',
                        emailAddress: '{{param:emailAddress}}',
                    },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 900,
    deletionSeconds: 600,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
    options: [
        {
            name: 'firstName',
            type: 'string',
            required: true,
            description: 'Elastic Cloud contact first name (elasticFirstName).',
        },
        {
            name: 'lastName',
            type: 'string',
            required: true,
            description: 'Elastic Cloud contact last name (elasticLastName).',
        },
        {
            name: 'companyName',
            type: 'string',
            required: true,
            description: 'Company name (elasticCompanyName).',
        },
        {
            name: 'emailAddress',
            type: 'string',
            required: true,
            description: 'Elastic Cloud account e-mail (elasticEmail).',
        },
    ],
    notes: [
        "A partner (SaaS) service: the Elastic deployment lives in Elastic Cloud; private access is through Elastic's own Private Link, outside this catalog.",
    ],
};
const dataServices = [
    cosmos('cosmosDb'),
    cosmos('cosmosDbMongo'),
    postgreSql,
    azureSql,
    redis,
    dataLake,
    elastic,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/foundation.js



const resourceGroups = {
    id: 'resourceGroups',
    title: 'Resource groups',
    description: "The project's resource group, and in standalone mode the common resource group that holds the VNet and the private DNS zones.",
    category: 'foundation',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'project',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            resourceGroup: 'project',
            name: nameRules.resourceGroup('{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg'),
            deployScope: { kind: 'subscription' },
            body: { location: '{{location}}' },
        },
        {
            key: 'common',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            resourceGroup: 'common',
            name: nameRules.resourceGroup('{prefix}-esml-common-{loc}-{env}-{scaleSet}'),
            deployScope: { kind: 'subscription' },
            body: { location: '{{location}}' },
            modes: ['standalone'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 5,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: [],
    cleanup: ['resource'],
    notes: [
        'Outside standalone mode the common resource group belongs to the platform team: it is looked at, never created or deleted.',
    ],
};
const managedIdentity = {
    id: 'managedIdentity',
    title: 'Project managed identity',
    description: "The project's user-assigned managed identity ({{identityId}} in bodies): services that must pull or read before their own identity exists use it.",
    category: 'foundation',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'identity',
            type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
            apiVersion: '2024-11-30',
            resourceGroup: 'project',
            name: nameRules.userAssignedIdentity('mi-{project}-{loc}-{env}-{salt}'),
            body: { location: '{{location}}' },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 10,
    deletionSeconds: 10,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
};
const network = {
    id: 'network',
    title: 'Network (VNet, subnets, NSG)',
    description: "The project's subnets (allocated from the environment's address space), their network security group, and in standalone mode the VNet itself.",
    category: 'foundation',
    aliases: [],
    scope: 'common',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'vnet',
            type: 'Microsoft.Network/virtualNetworks',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(64)('vnt-{prefix}-{loc}-{env}-{scaleSet}'),
            // The core allocates the subnets and puts them inline in this body: a VNet PUT without them deletes them.
            body: {
                location: '{{location}}',
                properties: { addressSpace: { addressPrefixes: ['{{addressSpace}}'] } },
            },
            keyProperties: ['properties.addressSpace.addressPrefixes'],
            modes: ['standalone'],
        },
        {
            key: 'nsg',
            type: 'Microsoft.Network/networkSecurityGroups',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('nsg-{project}-{loc}-{env}'),
            body: { location: '{{location}}', properties: { securityRules: [] } },
        },
    ],
    privateEndpoints: [],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('nsg', false)],
    dataBearing: false,
    provisioningSeconds: 30,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
    notes: [
        'Subnet names are snt-<project>-<logical name>; an existing subnet never moves, freed ranges are reused.',
        'Foundry agent subnet injection does not support 10.0.0.0/8 address spaces (use 172.16.0.0/12 or 192.168.0.0/16).',
    ],
};
const privateDnsZones = {
    id: 'privateDnsZones',
    title: 'Private DNS zones',
    description: 'The privatelink DNS zones every enabled private endpoint needs, with a link to the VNet. Generated from the services; central in the hub outside standalone and hybrid mode.',
    category: 'foundation',
    aliases: [],
    scope: 'common',
    baseline: ['genai-1', 'esml'],
    resources: [],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'network'],
    cleanup: ['dnsRecords', 'resource'],
    notes: [
        'Creates zones only in standalone and hybrid mode; in every mode the endpoints register their A-records in the zones.',
        "In hub-spoke and vWAN mode the zones are the hub's (set environments.<env>.network.dnsZonesResourceGroup).",
    ],
};
const logAnalytics = {
    id: 'logAnalytics',
    title: 'Log Analytics workspace',
    description: 'Where every service sends its diagnostic logs and metrics.',
    category: 'operations',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.OperationalInsights/workspaces',
            apiVersion: '2025-02-01',
            resourceGroup: 'project',
            name: nameRules.logAnalytics('la-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    sku: { name: 'PerGB2018' },
                    retentionInDays: 30,
                    publicNetworkAccessForIngestion: 'Enabled',
                    publicNetworkAccessForQuery: 'Enabled',
                },
            },
            keyProperties: ['properties.sku.name', 'properties.retentionInDays'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
    notes: [
        'Private ingestion goes through an Azure Monitor Private Link Scope in the hub (enableAMPLS), which the platform owns.',
    ],
};
const appInsights = {
    id: 'appInsights',
    title: 'Application Insights',
    description: 'Application telemetry for Foundry, Azure ML and the apps, stored in the Log Analytics workspace.',
    category: 'operations',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'component',
            type: 'Microsoft.Insights/components',
            apiVersion: '2020-02-02',
            resourceGroup: 'project',
            name: nameRules.appInsights('ai-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'web',
                properties: {
                    Application_Type: 'web',
                    WorkspaceResourceId: '{{id:logAnalytics.workspace}}',
                    DisableLocalAuth: true,
                    publicNetworkAccessForIngestion: 'Enabled',
                    publicNetworkAccessForQuery: 'Enabled',
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('component')],
    dataBearing: true,
    provisioningSeconds: 30,
    deletionSeconds: 20,
    requires: ['logAnalytics'],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: cleanup.plain,
};
const keyVault = {
    id: 'keyVault',
    title: 'Key Vault',
    description: "The project's secrets and keys; RBAC authorization, purge protection on (required for customer-managed keys).",
    category: 'security',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'vault',
            type: 'Microsoft.KeyVault/vaults',
            apiVersion: '2024-11-01',
            resourceGroup: 'project',
            name: nameRules.keyVault('kv-{projectNumber}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    tenantId: '{{tenantId}}',
                    sku: { family: 'A', name: 'standard' },
                    enableRbacAuthorization: true,
                    enableSoftDelete: true,
                    softDeleteRetentionInDays: 90,
                    enablePurgeProtection: true,
                    publicNetworkAccess: 'Disabled',
                    networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                },
            },
            keyProperties: ['properties.enablePurgeProtection', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('vault', 'vault', 'privatelink.vaultcore.azure.net')],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [projectIdentityRole(roles.keyVaultSecretsUser, 'keyVault')],
    diagnostics: [allLogs('vault')],
    dataBearing: true,
    softDelete: { kind: 'keyVault', retentionDays: 90, purgeProtection: true },
    provisioningSeconds: 30,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'managedIdentity'],
    cleanup: cleanup.privateSoftDeleted,
    notes: [
        'With purge protection the name stays blocked for 90 days after deletion; re-creating it recovers the deleted vault.',
    ],
};
function storageAccount(id, title, pattern, description) {
    return {
        id,
        title,
        description,
        category: 'data',
        aliases: [],
        scope: 'project',
        baseline: id === 'storage' ? ['genai-1', 'esml'] : ['genai-1'],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.Storage/storageAccounts',
                apiVersion: '2025-01-01',
                resourceGroup: 'project',
                name: nameRules.storage(pattern),
                body: {
                    location: '{{location}}',
                    kind: 'StorageV2',
                    sku: { name: 'Standard_ZRS' },
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        accessTier: 'Hot',
                        allowBlobPublicAccess: false,
                        allowSharedKeyAccess: false,
                        minimumTlsVersion: 'TLS1_2',
                        supportsHttpsTrafficOnly: true,
                        publicNetworkAccess: 'Disabled',
                        networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                    },
                },
                keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
            endpoint('account', 'file', 'privatelink.file.core.windows.net'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [projectIdentityRole(roles.storageBlobDataContributor, id)],
        diagnostics: [{ resource: 'account', logs: [], metrics: true }],
        dataBearing: true,
        provisioningSeconds: 30,
        deletionSeconds: 20,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'managedIdentity'],
        cleanup: cleanup.private,
        notes: ['Storage accounts take metrics only at account level; blob logs live on the blobServices child.'],
    };
}
const storage = storageAccount('storage', 'Storage account', 'sa{projectNumber}{loc}{salt}{env}', 'The main storage account: Foundry and Azure ML data, agent files.');
const storage2 = storageAccount('storage2', 'Second storage account', 'sa2{projectNumber}{loc}{salt}{env}', 'The second storage account of GenAI-1: documents for RAG and indexing, kept apart from the platform data.');
const dashboard = {
    id: 'dashboard',
    title: 'Application Insights dashboard',
    description: "A shared Azure portal dashboard over the project's Application Insights.",
    category: 'operations',
    aliases: [
        'enableAppInsightsDashboard',
        'ENABLE_APPINSIGHTS_DASHBOARD',
        'serviceSettingDeployAppInsightsDashboard',
    ],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'dashboard',
            type: 'Microsoft.Portal/dashboards',
            apiVersion: '2022-12-01-preview',
            resourceGroup: 'project',
            name: nameRules.dashboard('dash-{project}-{loc}-{env}'),
            body: {
                location: '{{location}}',
                properties: {
                    lenses: [
                        {
                            order: 0,
                            parts: [
                                {
                                    position: { x: 0, y: 0, rowSpan: 4, colSpan: 6 },
                                    metadata: {
                                        type: 'Extension/AppInsightsExtension/PartType/AppMapGalPt',
                                        inputs: [{ name: 'ComponentId', value: '{{id:appInsights.component}}' }],
                                    },
                                },
                            ],
                        },
                    ],
                    metadata: {},
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 10,
    deletionSeconds: 10,
    requires: ['appInsights'],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['resource'],
    notes: [
        'Microsoft.Portal publishes preview api-versions only; 2022-12-01-preview is the newest the ARM reference lists.',
    ],
};
const foundationServices = [
    resourceGroups,
    managedIdentity,
    network,
    privateDnsZones,
    logAnalytics,
    appInsights,
    keyVault,
    storage,
    storage2,
    dashboard,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/hosting.js



const WEB_API = '2024-04-01';
const SITES_ZONE = 'privatelink.azurewebsites.net';
/** The option naming a bring-your-own App Service Environment v3 (web, function and logic apps, their plans). */
const ASE_OPTION = 'appServiceEnvironmentId';
/**
 * App Service VNet integration: one delegated subnet shared by the project's web, function and logic apps; not
 * needed when they run in a bring-your-own App Service Environment (it lives in its own subnet).
 */
const webappSubnet = {
    name: 'webapp',
    prefixLength: 27,
    delegation: 'Microsoft.Web/serverFarms',
    unlessOption: ASE_OPTION,
};
/** A plan inside a BYO App Service Environment v3: the ASE's Isolated v2 tier, placed by hostingEnvironmentProfile. */
const planInAse = {
    option: ASE_OPTION,
    set: {
        sku: { name: 'I1v2', tier: 'IsolatedV2', capacity: 1 },
        properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } },
    },
};
/** A site: in the BYO App Service Environment when one is named, else VNet-integrated through the webapp subnet. */
const siteNetworking = {
    option: ASE_OPTION,
    set: { properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } } },
    unset: { properties: { virtualNetworkSubnetId: '{{subnetId:webapp}}', vnetRouteAllEnabled: true } },
};
function registry(id) {
    const common = id === 'containerRegistryCommon';
    return {
        id,
        title: common ? 'Shared container registry (common)' : 'Container registry',
        description: common
            ? 'A Premium container registry in the common resource group, shared by the projects of the scale set.'
            : "The project's Premium container registry (Premium: private endpoints and customer-managed keys).",
        category: 'hosting',
        aliases: [],
        scope: common ? 'common' : 'project',
        baseline: common ? [] : ['esml'],
        resources: [
            {
                key: 'registry',
                type: 'Microsoft.ContainerRegistry/registries',
                apiVersion: '2025-04-01',
                resourceGroup: common ? 'common' : 'project',
                name: nameRules.containerRegistry(common ? 'acrcommon{loc}{salt}{env}' : 'acr{project}{loc}{salt}{env}'),
                body: {
                    location: '{{location}}',
                    sku: { name: 'Premium' },
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        adminUserEnabled: false,
                        anonymousPullEnabled: false,
                        publicNetworkAccess: 'Disabled',
                        networkRuleBypassOptions: 'AzureServices',
                        zoneRedundancy: 'Disabled',
                    },
                },
                keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [endpoint('registry', 'registry', 'privatelink.azurecr.io')],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [projectIdentityRole(roles.acrPull, id)],
        diagnostics: [allLogs('registry')],
        dataBearing: true,
        provisioningSeconds: 60,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'managedIdentity'],
        cleanup: cleanup.private,
        modes: common ? ['standalone'] : undefined,
        notes: common
            ? ["Outside standalone mode the shared registry is the platform's (acr_dedicated: false today)."]
            : undefined,
    };
}
const appsOption = {
    name: 'apps',
    type: 'list',
    default: [],
    description: 'Container apps, each { name, image, cpu, memory, targetPort }, e.g. { name: api, image: mcr.microsoft.com/azuredocs/containerapps-helloworld:latest, cpu: 0.5, memory: 1Gi, targetPort: 80 }.',
};
const containerApps = {
    id: 'containerApps',
    title: 'Container Apps',
    description: 'An internal Container Apps environment injected into its delegated subnet, and the apps listed in services.containerApps.apps; images come from the project registry.',
    category: 'hosting',
    aliases: ['enableContainerApps', 'ENABLE_CONTAINER_APPS', 'serviceSettingDeployContainerApps'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'environment',
            type: 'Microsoft.App/managedEnvironments',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            name: nameRules.containerAppsEnvironment('cae-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    vnetConfiguration: { internal: true, infrastructureSubnetId: '{{subnetId:aca}}' },
                    workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }],
                    zoneRedundant: false,
                    appLogsConfiguration: { destination: 'azure-monitor' },
                },
            },
            keyProperties: ['properties.vnetConfiguration.internal'],
        },
        {
            key: 'app',
            type: 'Microsoft.App/containerApps',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            forEach: 'apps',
            name: nameRules.containerApp('ca-{item}-{projectNumber}-{env}'),
            body: {
                location: '{{location}}',
                identity: { type: 'UserAssigned', userAssignedIdentities: { '{{identityId}}': {} } },
                properties: {
                    environmentId: '{{id:containerApps.environment}}',
                    workloadProfileName: 'Consumption',
                    configuration: {
                        activeRevisionsMode: 'Single',
                        ingress: { external: false, targetPort: '{{item:targetPort}}', transport: 'auto' },
                        registries: [
                            { server: '{{name:containerRegistry.registry}}.azurecr.io', identity: '{{identityId}}' },
                        ],
                    },
                    template: {
                        containers: [
                            {
                                name: '{{item:name}}',
                                image: '{{item:image}}',
                                resources: { cpu: '{{item:cpu}}', memory: '{{item:memory}}' },
                            },
                        ],
                        scale: { minReplicas: 1, maxReplicas: 3 },
                    },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aca', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
    identity: 'userAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('environment')],
    dataBearing: false,
    provisioningSeconds: 720,
    deletionSeconds: 600,
    requires: ['containerRegistry', 'managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.injected,
    options: [appsOption],
    notes: [
        'Apps pull with the project identity, which holds AcrPull on the registry before any app exists.',
        'The userAssignedIdentities key is the {{identityId}} placeholder: the desired-state builder resolves keys too.',
    ],
};
const aks = {
    id: 'aks',
    title: 'Azure Kubernetes Service',
    description: 'A private AKS cluster for general container workloads, independent of Azure ML.',
    category: 'hosting',
    aliases: ['enableAKS', 'ENABLE_AKS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cluster',
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.aks('aks-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Base', tier: 'Standard' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    dnsPrefix: '{{name:aks.cluster}}',
                    enableRBAC: true,
                    disableLocalAccounts: true,
                    aadProfile: { managed: true, enableAzureRBAC: true },
                    apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
                    networkProfile: {
                        networkPlugin: 'azure',
                        networkPluginMode: 'overlay',
                        outboundType: 'loadBalancer',
                    },
                    agentPoolProfiles: [
                        {
                            name: 'system',
                            mode: 'System',
                            count: 3,
                            vmSize: 'Standard_D4s_v5',
                            osType: 'Linux',
                            type: 'VirtualMachineScaleSets',
                            vnetSubnetID: '{{subnetId:aks2}}',
                        },
                    ],
                },
            },
            keyProperties: ['properties.agentPoolProfiles'],
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aks2', prefixLength: 24 }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.acrPull, 'aks', 'containerRegistry')],
    diagnostics: [allLogs('cluster')],
    dataBearing: false,
    provisioningSeconds: 600,
    deletionSeconds: 420,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'containerRegistry'],
    cleanup: ['roleAssignments', 'diagnosticSettings', 'resource', 'waitSubnetRelease'],
    notes: ['Private API server with a system-managed private DNS zone (privatelink.<region>.azmk8s.io).'],
};
const aseOption = {
    name: ASE_OPTION,
    type: 'string',
    description: "Resource id of a BYO App Service Environment v3 (today's byoASEv3). When set, the App Service plans run inside it (Isolated v2, hostingEnvironmentProfile), the apps get no VNet integration and the webapp subnet is not allocated. Set the same id on appServicePlan and on each app that runs there.",
};
const appServicePlan = {
    id: 'appServicePlan',
    title: 'App Service plan',
    description: 'The Linux plan (Premium v3) the web and function apps run on.',
    category: 'hosting',
    aliases: [],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'plan',
            type: 'Microsoft.Web/serverfarms',
            apiVersion: WEB_API,
            resourceGroup: 'project',
            name: nameRules.appServicePlan('asp-{project}-{loc}-{env}'),
            body: {
                location: '{{location}}',
                kind: 'linux',
                sku: { name: 'P0v3', tier: 'Premium0V3', capacity: 1 },
                properties: { reserved: true, zoneRedundant: false },
            },
            bodyWhenOption: [planInAse],
            keyProperties: ['sku.name'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [{ resource: 'plan', logs: [], metrics: true }],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource'],
    options: [aseOption],
};
function site(input) {
    const functions = input.id === 'functionApp';
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'hosting',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'site',
                type: 'Microsoft.Web/sites',
                apiVersion: WEB_API,
                resourceGroup: 'project',
                name: nameRules.site(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
                body: {
                    location: '{{location}}',
                    kind: input.kind,
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        serverFarmId: '{{id:appServicePlan.plan}}',
                        httpsOnly: true,
                        publicNetworkAccess: 'Disabled',
                        siteConfig: {
                            linuxFxVersion: input.linuxFxVersion,
                            alwaysOn: true,
                            ftpsState: 'Disabled',
                            minTlsVersion: '1.2',
                            appSettings: input.appSettings,
                        },
                    },
                },
                bodyWhenOption: [siteNetworking],
                keyProperties: ['properties.publicNetworkAccess', 'properties.siteConfig.linuxFxVersion'],
            },
        ],
        privateEndpoints: [endpoint('site', 'sites', SITES_ZONE)],
        subnets: [genaiSubnet, webappSubnet],
        identity: 'systemAssigned',
        roleAssignments: [
            serviceRole(roles.keyVaultSecretsUser, input.id, 'keyVault'),
            ...(functions
                ? [
                    serviceRole(roles.storageBlobDataOwner, input.id, 'storage'),
                    serviceRole(roles.storageQueueDataContributor, input.id, 'storage'),
                    serviceRole(roles.storageTableDataContributor, input.id, 'storage'),
                ]
                : []),
            serviceRole(roles.monitoringMetricsPublisher, input.id, 'appInsights'),
        ],
        diagnostics: [allLogs('site')],
        dataBearing: false,
        provisioningSeconds: 120,
        deletionSeconds: 60,
        requires: functions ? ['appServicePlan', 'storage'] : ['appServicePlan'],
        implies: [],
        uses: [...privateServiceUses, 'keyVault', 'appInsights', ...(functions ? [] : ['storage'])],
        cleanup: cleanup.injectedPrivate,
        options: [aseOption],
        notes: [
            'Outbound through the webapp subnet (/27, delegated to Microsoft.Web/serverFarms), inbound through the private endpoint; with a BYO App Service Environment (appServiceEnvironmentId) the app runs inside it: no VNet integration, no webapp subnet.',
        ],
    };
}
const webApp = site({
    id: 'webApp',
    title: 'Web App',
    description: "A Linux web app (Python by default) for the project's UI or API.",
    aliases: ['enableWebApp', 'ENABLE_WEBAPP', 'ENABLE_WEB_APP'],
    kind: 'app,linux',
    prefix: 'app',
    linuxFxVersion: 'PYTHON|3.11',
    appSettings: [],
});
const functionApp = site({
    id: 'functionApp',
    title: 'Function App',
    description: 'A Linux function app on the project plan; its runtime storage is the project storage account, reached with its identity.',
    aliases: ['enableFunction', 'ENABLE_FUNCTION', 'serviceSettingDeployFunction'],
    kind: 'functionapp,linux',
    prefix: 'func',
    linuxFxVersion: 'PYTHON|3.11',
    appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'python' },
        { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
    ],
});
const botService = {
    id: 'botService',
    title: 'Azure Bot Service',
    description: 'A bot registration (single-tenant, managed identity) that channels such as Teams use to reach Foundry agents.',
    category: 'hosting',
    aliases: ['enableBotService', 'ENABLE_BOT_SERVICE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'bot',
            type: 'Microsoft.BotService/botServices',
            apiVersion: '2022-09-15',
            resourceGroup: 'project',
            name: nameRules.botService('bot-{project}-{loc}-{env}-{salt}'),
            body: {
                location: 'global',
                kind: 'azurebot',
                sku: { name: 'S1' },
                properties: {
                    displayName: '{{name:botService.bot}}',
                    endpoint: '',
                    msaAppType: 'UserAssignedMSI',
                    msaAppId: '{{param:msaAppId}}',
                    msaAppTenantId: '{{tenantId}}',
                    msaAppMSIResourceId: '{{identityId}}',
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                },
            },
        },
    ],
    privateEndpoints: [
        endpoint('bot', 'Bot', 'privatelink.directline.botframework.com'),
        endpoint('bot', 'Token', 'privatelink.token.botframework.com'),
    ],
    subnets: [genaiSubnet],
    identity: 'userAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('bot')],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: ['managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    options: [
        {
            name: 'msaAppId',
            type: 'string',
            required: true,
            description: 'Client id of the project managed identity the bot authenticates as.',
        },
    ],
};
function vm(id) {
    const admin = id === 'adminVirtualMachine';
    const rg = admin ? 'common' : 'project';
    return {
        id,
        title: admin ? 'Admin VM (common)' : 'Data science VM',
        description: admin
            ? 'A jump-box VM in the common resource group for the platform team, reached through Bastion.'
            : 'An Ubuntu Data Science VM in the project subnet, reached through Bastion with Entra ID login.',
        category: 'hosting',
        aliases: admin
            ? ['enableAdminVM', 'ENABLE_ADMIN_VM']
            : ['serviceSettingDeployProjectVM', 'SERVICE_SETTING_DEPLOY_PROJECT_VM'],
        scope: rg,
        baseline: [],
        resources: [
            {
                key: 'nic',
                type: 'Microsoft.Network/networkInterfaces',
                apiVersion: '2024-05-01',
                resourceGroup: rg,
                name: nameRules.network(80)(admin ? 'nic-admin-{loc}-{env}' : 'nic-dsvm-{project}-{env}'),
                body: {
                    location: '{{location}}',
                    properties: {
                        ipConfigurations: [
                            {
                                name: 'ipconfig1',
                                properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: '{{subnetId:genai}}' } },
                            },
                        ],
                    },
                },
            },
            {
                key: 'vm',
                type: 'Microsoft.Compute/virtualMachines',
                apiVersion: '2024-07-01',
                resourceGroup: rg,
                name: nameRules.virtualMachine(admin ? 'vm-admin-{loc}-{env}' : 'dsvm-{project}-{env}'),
                body: {
                    location: '{{location}}',
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        hardwareProfile: { vmSize: 'Standard_D4s_v5' },
                        storageProfile: {
                            imageReference: {
                                publisher: 'microsoft-dsvm',
                                offer: 'ubuntu-2204',
                                sku: '2204-gen2',
                                version: 'latest',
                            },
                            osDisk: {
                                createOption: 'FromImage',
                                managedDisk: { storageAccountType: 'Premium_LRS' },
                                deleteOption: 'Delete',
                            },
                        },
                        osProfile: {
                            computerName: admin ? 'vm-admin' : 'dsvm',
                            adminUsername: 'azureuser',
                            linuxConfiguration: {
                                disablePasswordAuthentication: true,
                                ssh: {
                                    publicKeys: [
                                        { path: '/home/azureuser/.ssh/authorized_keys', keyData: '{{param:sshPublicKey}}' },
                                    ],
                                },
                            },
                        },
                        networkProfile: {
                            networkInterfaces: [{ id: `{{id:${id}.nic}}`, properties: { deleteOption: 'Delete' } }],
                        },
                        securityProfile: {
                            securityType: 'TrustedLaunch',
                            uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
                        },
                    },
                },
                keyProperties: ['properties.hardwareProfile.vmSize'],
            },
        ],
        privateEndpoints: [],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [],
        dataBearing: true,
        provisioningSeconds: 180,
        deletionSeconds: 120,
        requires: [],
        implies: [],
        uses: ['resourceGroups', 'network', 'bastion'],
        cleanup: ['roleAssignments', 'resource'],
        options: [
            {
                name: 'sshPublicKey',
                type: 'string',
                required: true,
                description: 'SSH public key of azureuser (password login is off).',
            },
        ],
        notes: ['The OS disk and the NIC go with the VM (deleteOption: Delete).'],
    };
}
const bastion = {
    id: 'bastion',
    title: 'Azure Bastion',
    description: 'Browser and native-client access to the VMs without public IPs on them; lives in the common resource group.',
    category: 'hosting',
    aliases: ['addBastionHost', 'ADD_BASTION_HOST'],
    scope: 'common',
    baseline: [],
    resources: [
        {
            key: 'publicIp',
            type: 'Microsoft.Network/publicIPAddresses',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('pip-bastion-{loc}-{env}-{scaleSet}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard', tier: 'Regional' },
                properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
            },
        },
        {
            key: 'bastion',
            type: 'Microsoft.Network/bastionHosts',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('bastion-{loc}-{env}-{scaleSet}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard' },
                properties: {
                    enableTunneling: true,
                    ipConfigurations: [
                        {
                            name: 'ipconfig1',
                            properties: {
                                subnet: { id: '{{subnetId:AzureBastionSubnet}}' },
                                publicIPAddress: { id: '{{id:bastion.publicIp}}' },
                            },
                        },
                    ],
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'AzureBastionSubnet', prefixLength: 26 }],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('bastion')],
    dataBearing: false,
    provisioningSeconds: 600,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'network', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
    modes: ['standalone', 'hybrid'],
    notes: [
        'Azure requires the subnet to be named exactly AzureBastionSubnet (at least /26): it is the one subnet not prefixed with the project.',
        "In hub-spoke and vWAN mode Bastion is the hub's.",
    ],
};
const hostingServices = [
    registry('containerRegistry'),
    registry('containerRegistryCommon'),
    containerApps,
    aks,
    appServicePlan,
    webApp,
    functionApp,
    botService,
    vm('virtualMachine'),
    vm('adminVirtualMachine'),
    bastion,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/integration.js




function dataFactory(id) {
    const common = id === 'dataFactoryCommon';
    return {
        id,
        title: common ? 'Data Factory (common)' : 'Data Factory',
        description: common
            ? 'A Data Factory in the common resource group, shared by the scale set for DataOps.'
            : "The project's Data Factory for DataOps into the data lake.",
        category: 'integration',
        aliases: common
            ? ['enableDatafactoryCommon', 'ENABLE_DATAFACTORY_COMMON']
            : ['enableDatafactory', 'ENABLE_DATAFACTORY'],
        scope: common ? 'common' : 'project',
        baseline: common ? [] : ['esml'],
        resources: [
            {
                key: 'factory',
                type: 'Microsoft.DataFactory/factories',
                apiVersion: '2018-06-01',
                resourceGroup: common ? 'common' : 'project',
                name: nameRules.dataFactory(common ? 'adf-common-{loc}-{env}-{salt}' : 'adf-{project}-{loc}-{env}-{salt}'),
                body: {
                    location: '{{location}}',
                    identity: { type: 'SystemAssigned' },
                    properties: { publicNetworkAccess: 'Disabled' },
                },
                keyProperties: ['properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            endpoint('factory', 'dataFactory', 'privatelink.datafactory.azure.net'),
            endpoint('factory', 'portal', 'privatelink.adf.azure.com'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [
            serviceRole(roles.storageBlobDataContributor, id, 'dataLake'),
            serviceRole(roles.keyVaultSecretsUser, id, 'keyVault'),
        ],
        diagnostics: [allLogs('factory')],
        dataBearing: false,
        provisioningSeconds: 60,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'dataLake', 'keyVault'],
        cleanup: cleanup.private,
        modes: common ? ['standalone'] : undefined,
        notes: common ? ["Outside standalone mode the common resource group is the platform's."] : undefined,
    };
}
const databricks = {
    id: 'databricks',
    title: 'Azure Databricks',
    description: 'A Premium Databricks workspace injected into the project VNet (public and private /26 subnets delegated to Microsoft.Databricks/workspaces), secure cluster connectivity, front end through a private endpoint.',
    category: 'integration',
    aliases: ['enableDatabricks', 'ENABLE_DATABRICKS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.Databricks/workspaces',
            apiVersion: '2024-05-01',
            resourceGroup: 'project',
            name: nameRules.databricks('dbx-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'premium' },
                properties: {
                    managedResourceGroupId: '/subscriptions/{{subscriptionId}}/resourceGroups/{{name:databricks.workspace}}-managed',
                    publicNetworkAccess: 'Disabled',
                    requiredNsgRules: 'NoAzureDatabricksRules',
                    parameters: {
                        customVirtualNetworkId: { value: '{{vnetId}}' },
                        customPublicSubnetName: { value: '{{subnetName:dbxpub}}' },
                        customPrivateSubnetName: { value: '{{subnetName:dbxpriv}}' },
                        enableNoPublicIp: { value: true },
                    },
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('workspace', 'databricks_ui_api', 'privatelink.azuredatabricks.net')],
    subnets: [
        genaiSubnet,
        { name: 'dbxpub', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
        { name: 'dbxpriv', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
    ],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('workspace')],
    dataBearing: true,
    provisioningSeconds: 420,
    deletionSeconds: 420,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.injectedPrivate,
    notes: [
        'Azure creates and deletes the managed resource group <workspace>-managed itself.',
        'The subnets need the network security group; Databricks adds its own rules to it (requiredNsgRules: NoAzureDatabricksRules with no public IP).',
    ],
};
const eventHubs = {
    id: 'eventHubs',
    title: 'Event Hubs',
    description: 'A Standard Event Hubs namespace with Entra ID authentication only.',
    category: 'integration',
    aliases: ['enableEventHubs', 'ENABLE_EVENT_HUBS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'namespace',
            type: 'Microsoft.EventHub/namespaces',
            apiVersion: '2024-01-01',
            resourceGroup: 'project',
            name: nameRules.eventHubsNamespace('evhns-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard', tier: 'Standard', capacity: 1 },
                identity: { type: 'SystemAssigned' },
                properties: {
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                    minimumTlsVersion: '1.2',
                    isAutoInflateEnabled: false,
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('namespace', 'namespace', 'privatelink.servicebus.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('namespace')],
    dataBearing: true,
    provisioningSeconds: 120,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
};
const logicApps = {
    id: 'logicApps',
    title: 'Logic Apps (Standard)',
    description: 'A single-tenant Logic App on its own Workflow Standard plan, VNet-integrated through the webapp subnet, runtime storage reached with its identity.',
    category: 'integration',
    aliases: ['enableLogicApps', 'ENABLE_LOGIC_APPS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'plan',
            type: 'Microsoft.Web/serverfarms',
            apiVersion: '2024-04-01',
            resourceGroup: 'project',
            name: nameRules.appServicePlan('asp-logic-{project}-{loc}-{env}'),
            body: {
                location: '{{location}}',
                kind: 'elastic',
                sku: { name: 'WS1', tier: 'WorkflowStandard' },
                properties: { maximumElasticWorkerCount: 20, zoneRedundant: false },
            },
            bodyWhenOption: [planInAse],
            keyProperties: ['sku.name'],
        },
        {
            key: 'site',
            type: 'Microsoft.Web/sites',
            apiVersion: '2024-04-01',
            resourceGroup: 'project',
            name: nameRules.site('logic-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'functionapp,workflowapp',
                identity: { type: 'SystemAssigned' },
                properties: {
                    serverFarmId: '{{id:logicApps.plan}}',
                    httpsOnly: true,
                    publicNetworkAccess: 'Disabled',
                    siteConfig: {
                        ftpsState: 'Disabled',
                        minTlsVersion: '1.2',
                        netFrameworkVersion: 'v8.0',
                        appSettings: [
                            { name: 'APP_KIND', value: 'workflowApp' },
                            { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
                            { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet' },
                            {
                                name: 'AzureFunctionsJobHost__extensionBundle__id',
                                value: 'Microsoft.Azure.Functions.ExtensionBundle.Workflows',
                            },
                            { name: 'AzureFunctionsJobHost__extensionBundle__version', value: '[1.*, 2.0.0)' },
                            { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
                        ],
                    },
                },
            },
            bodyWhenOption: [siteNetworking],
            keyProperties: ['properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('site', 'sites', 'privatelink.azurewebsites.net')],
    subnets: [genaiSubnet, webappSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.storageBlobDataOwner, 'logicApps', 'storage'),
        serviceRole(roles.storageQueueDataContributor, 'logicApps', 'storage'),
        serviceRole(roles.storageTableDataContributor, 'logicApps', 'storage'),
        serviceRole(roles.keyVaultSecretsUser, 'logicApps', 'keyVault'),
    ],
    diagnostics: [allLogs('site')],
    dataBearing: false,
    provisioningSeconds: 180,
    deletionSeconds: 90,
    requires: ['storage'],
    implies: [],
    uses: [...privateServiceUses, 'keyVault'],
    cleanup: cleanup.injectedPrivate,
    options: [aseOption],
};
const apiManagement = {
    id: 'apiManagement',
    title: 'API Management (AI gateway)',
    description: "API Management in front of the project's model endpoints: token limits, load balancing and metrics per consumer; calls Foundry and Azure OpenAI with its identity.",
    category: 'integration',
    aliases: [],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'service',
            type: 'Microsoft.ApiManagement/service',
            apiVersion: '2024-05-01',
            resourceGroup: 'project',
            name: nameRules.apiManagement('apim-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Developer', capacity: 1 },
                identity: { type: 'SystemAssigned' },
                properties: {
                    publisherEmail: '{{param:publisherEmail}}',
                    publisherName: '{{param:publisherName}}',
                    // ARM refuses Disabled at creation; switch it off once the private endpoint is approved.
                    publicNetworkAccess: 'Enabled',
                    virtualNetworkType: 'None',
                },
            },
            keyProperties: ['sku.name'],
        },
    ],
    privateEndpoints: [endpoint('service', 'Gateway', 'privatelink.azure-api.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'aiFoundry'),
        serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'azureOpenAI'),
    ],
    diagnostics: [allLogs('service')],
    dataBearing: false,
    softDelete: { kind: 'apiManagement', retentionDays: 2, purgeProtection: false },
    provisioningSeconds: 2400,
    deletionSeconds: 1800,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'aiFoundry', 'azureOpenAI'],
    cleanup: cleanup.privateSoftDeleted,
    options: [
        {
            name: 'publisherEmail',
            type: 'string',
            required: true,
            description: 'E-mail of the API publisher (notifications).',
        },
        {
            name: 'publisherName',
            type: 'string',
            required: true,
            description: 'Name of the publishing organisation.',
        },
    ],
    notes: [
        "Today's pipelines only link an existing instance (foundryApiManagementResourceId); there is no enable flag for it.",
        'A deleted instance stays soft-deleted for 48 hours and blocks its name until purged.',
    ],
};
const integrationServices = [
    dataFactory('dataFactory'),
    dataFactory('dataFactoryCommon'),
    databricks,
    eventHubs,
    logicApps,
    apiManagement,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/security.js



const PRICING_TYPE = 'Microsoft.Security/pricings';
const PRICING_API = '2024-01-01';
const defenderForAI = {
    id: 'defenderForAI',
    title: 'Defender for AI (subscription)',
    description: "Microsoft Defender for Cloud's AI threat protection plan for every AI resource of the environment's subscription.",
    category: 'security',
    aliases: ['enableDefenderforAISubLevel', 'ENABLE_DEFENDER_FOR_AI_SUB_LEVEL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'pricing',
            type: PRICING_TYPE,
            apiVersion: PRICING_API,
            resourceGroup: 'project',
            deployScope: { kind: 'subscription' },
            name: nameRules.fixedName('AI'),
            body: { properties: { pricingTier: 'Standard' } },
            keyProperties: ['properties.pricingTier'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: [],
    implies: [],
    uses: [],
    cleanup: ['resource'],
    notes: [
        'Subscription-wide: switching it off sets the plan back to Free for every project in the subscription, so deleting it needs an explicit allow.',
    ],
};
const defenderForAIResources = {
    id: 'defenderForAIResources',
    title: 'Defender for AI (resource level)',
    description: "The Defender for AI plan enabled on the project's Foundry resource only, instead of the whole subscription.",
    category: 'security',
    aliases: ['enableDefenderforAIResourceLevel', 'ENABLE_DEFENDER_FOR_AI_RESOURCE_LEVEL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'pricing',
            type: PRICING_TYPE,
            apiVersion: PRICING_API,
            resourceGroup: 'project',
            deployScope: { kind: 'extension', service: 'aiFoundry', resource: 'account' },
            name: nameRules.fixedName('AI'),
            body: { properties: { pricingTier: 'Standard' } },
            keyProperties: ['properties.pricingTier'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: ['aiFoundry'],
    implies: [],
    uses: [],
    cleanup: ['resource'],
};
const customerManagedKey = {
    id: 'customerManagedKey',
    title: 'Customer-managed keys (CMK)',
    description: 'Encryption at rest with your RSA key (2048) from the project Key Vault: the project identity and the storage account get Key Vault Crypto Service Encryption User on the vault.',
    category: 'security',
    aliases: ['cmk', 'CMK'],
    scope: 'project',
    baseline: [],
    resources: [],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [
        projectIdentityRole(roles.keyVaultCryptoServiceEncryptionUser, 'keyVault'),
        serviceRole(roles.keyVaultCryptoServiceEncryptionUser, 'storage', 'keyVault'),
        serviceRole(roles.keyVaultCryptoServiceEncryptionUser, 'storage2', 'keyVault'),
    ],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: ['keyVault', 'managedIdentity'],
    implies: [],
    uses: ['storage', 'storage2'],
    cleanup: ['roleAssignments'],
    options: [
        {
            name: 'keyName',
            type: 'string',
            required: true,
            description: 'Name of the RSA key in the vault (cmkKeyName).',
        },
        {
            name: 'keyVersion',
            type: 'string',
            default: '',
            description: 'Pin a key version; empty follows the latest (cmkKeyVersion).',
        },
    ],
    notes: [
        'Requires the Key Vault to have purge protection and soft delete on (the catalog creates it so); a key in a vault that can be purged could be lost for good.',
        'AI Search and Foundry stay on Microsoft-managed keys by default (cmkDisableForAISearch, cmkDisableForFoundry).',
    ],
};
const securityServices = [
    defenderForAI,
    defenderForAIResources,
    customerManagedKey,
];

;// CONCATENATED MODULE: ./build/core/catalog/index.js









/** Today's diagnosticSettingLevel values. */
const diagnosticLevels = {
    gold: { logs: 'allLogs', metrics: true, description: 'every log category and all metrics' },
    silver: { logs: 'audit', metrics: true, description: 'audit logs and all metrics' },
    bronze: { logs: 'audit', metrics: false, description: 'audit logs only' },
};
const catalog = {
    version: 1,
    services: [
        ...foundationServices,
        ...aiServices,
        ...hostingServices,
        ...dataServices,
        ...integrationServices,
        ...securityServices,
    ],
    regions: regions,
    environmentNames: { dev: 'dev', stage: 'test', test: 'test', prod: 'prod' },
    personas: personas,
    platformApiVersions: platformApiVersions,
    diagnosticLevels,
    defaultDiagnosticLevel: 'gold',
};
function getService(c, id) {
    return c.services.find((s) => s.id === id);
}
/** Flag spellings compare without case, underscores and hyphens: enableAISearch = ENABLE_AI_SEARCH. */
function normalizeFlag(name) {
    return name.toLowerCase().replace(/[_-]/g, '');
}
/**
 * The service a flag name switches: its id (canonical) or one of today's names (`enableAISearch`,
 * `ENABLE_AI_SEARCH`), compared without case and underscores. A different-case id is accepted, not canonical.
 */
function findServiceByFlagName(c, name) {
    const exact = c.services.find((s) => s.id === name);
    if (exact)
        return { service: exact, canonical: true };
    const key = normalizeFlag(name);
    if (key === '')
        return undefined;
    const service = c.services.find((s) => normalizeFlag(s.id) === key || s.aliases.some((alias) => normalizeFlag(alias) === key));
    return service ? { service, canonical: false } : undefined;
}
/** A region by name (`swedencentral`), display name (`Sweden Central`) or short code (`sdc`), without case. */
function findRegion(c, name) {
    const key = name.trim().toLowerCase();
    const compact = key.replace(/\s+/g, '');
    return (c.regions.find((r) => r.name === compact) ??
        c.regions.find((r) => r.displayName.toLowerCase() === key) ??
        c.regions.find((r) => r.short === key));
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   HV: () => (/* binding */ last),
/* harmony export */   Hq: () => (/* binding */ hostMask),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   mG: () => (/* binding */ formatCidr),
/* harmony export */   n1: () => (/* binding */ isClassAPrivate)
/* harmony export */ });
// IPv4 CIDR arithmetic for address spaces and subnets. Addresses are unsigned 32-bit numbers.
const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/** Parses `a.b.c.d/n`; undefined when malformed or when host bits are set (Azure rejects those). */
function parseCidr(text) {
    const m = CIDR_PATTERN.exec(text.trim());
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32)
        return undefined;
    const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    if ((address & hostMask(prefix)) !== 0)
        return undefined;
    return { base: address, prefix };
}
function hostMask(prefix) {
    return prefix === 0 ? 0xffffffff : (2 ** (32 - prefix) - 1) >>> 0;
}
function size(c) {
    return 2 ** (32 - c.prefix);
}
/** Last address in the range, inclusive. */
function last(c) {
    return c.base + size(c) - 1;
}
function formatCidr(c) {
    const a = c.base;
    return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}/${c.prefix}`;
}
function overlaps(a, b) {
    return a.base <= last(b) && b.base <= last(a);
}
function contains(outer, inner) {
    return inner.base >= outer.base && last(inner) <= last(outer);
}
/** True for 10.0.0.0/8 (class A private range), which Foundry agent subnet injection does not support. */
function isClassAPrivate(c) {
    return c.base >>> 24 === 10;
}


/***/ }),

/***/ 8040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ servicesOn),
/* harmony export */   l: () => (/* binding */ checkConfig)
/* harmony export */ });
/* harmony import */ var _cidr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(438);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4891);


/** Services a class A address space cannot host: Foundry agent subnet injection needs 172.16/12 or 192.168/16. */
const AGENT_SUBNET_SERVICES = ['foundryCapabilityHost'];
function checkConfig(config, catalog) {
    const diagnostics = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    const envNames = Object.keys(config.environments);
    // One finding per line and message, naming every environment it holds in.
    const grouped = new Map();
    const add = (d, env) => {
        const id = `${d.code}|${d.location?.line}|${d.location?.column}|${d.message}`;
        const entry = grouped.get(id);
        if (entry)
            entry.envs.push(env);
        else
            grouped.set(id, { d, envs: [env] });
    };
    /** Where a flag for `id` was written for this environment (its override, else the base). */
    const flagLocation = (env, id) => config.locations[`environments.${env}.flags.${id}`] ??
        config.locations[`flags.${id}`] ??
        config.locations[`environments.${env}.flags`] ??
        config.locations['flags'];
    for (const env of envNames) {
        const flags = (0,_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentFlags */ .d)(config, env);
        const on = servicesOn(config, flags, catalog);
        for (const [id, value] of Object.entries(flags)) {
            const service = byId.get(id);
            if (!service)
                continue;
            if (!value && service.baseline.includes(config.architecture)) {
                add({
                    severity: 'error',
                    code: 'flags.baseline-off',
                    message: `${id} is a baseline service of ${config.architecture} and cannot be switched off`,
                    location: flagLocation(env, id),
                    hint: `remove the ${id}: false line; baseline services are always on`,
                }, env);
            }
            const by = on.get(id) ?? [];
            if (!value && by.length > 0) {
                add({
                    severity: 'warning',
                    code: 'flags.implied-off',
                    message: `${id}: false has no effect: ${by.join(', ')} ${by.length === 1 ? 'implies' : 'imply'} ${id}`,
                    location: flagLocation(env, id),
                    hint: `remove the ${id}: false line, or switch off ${by.join(', ')}`,
                }, env);
            }
        }
        for (const id of on.keys()) {
            const service = byId.get(id);
            if (!service)
                continue;
            for (const required of service.requires) {
                if (on.has(required))
                    continue;
                const explicitlyOff = flags[required] === false;
                add({
                    severity: 'error',
                    code: 'flags.requires',
                    message: `${id} requires ${required}, which is ${explicitlyOff ? 'switched off' : 'not on'}`,
                    location: flagLocation(env, id),
                    hint: `set ${required}: true, or switch ${id} off`,
                }, env);
            }
            if (service.modes && !service.modes.includes(config.network.mode)) {
                add({
                    severity: 'error',
                    code: 'flags.mode',
                    message: `${id} is not available in network mode ${config.network.mode} (only ${service.modes.join(', ')})`,
                    location: flagLocation(env, id),
                    hint: `switch ${id} off, or change network.mode`,
                }, env);
            }
        }
        const cidr = (0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCidr */ .GN)(config.environments[env].addressSpace);
        const agents = AGENT_SUBNET_SERVICES.filter((s) => on.has(s));
        if (cidr && (0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .isClassAPrivate */ .n1)(cidr) && agents.length > 0) {
            diagnostics.push({
                severity: 'warning',
                code: 'network.class-a-agents',
                message: `environments.${env}.addressSpace ${config.environments[env].addressSpace} is in 10.0.0.0/8, which Foundry agent subnet injection (${agents.join(', ')}) does not support`,
                location: config.locations[`environments.${env}.addressSpace`],
                hint: 'use a range in 172.16.0.0/12 or 192.168.0.0/16',
            });
        }
        for (const id of on.keys()) {
            for (const option of byId.get(id)?.options ?? []) {
                if (!option.required || config.services[id]?.[option.name] !== undefined)
                    continue;
                add({
                    severity: 'error',
                    code: 'config.missing-option',
                    message: `${id} needs services.${id}.${option.name}`,
                    location: flagLocation(env, id),
                    hint: option.description,
                }, env);
            }
        }
    }
    for (const { d, envs } of grouped.values()) {
        const where = envs.length === envNames.length && envNames.length > 1 ? 'every environment' : envs.join(', ');
        diagnostics.push({
            ...d,
            message: `${d.message} (in ${envs.length === 1 ? `environment ${where}` : where})`,
        });
    }
    diagnostics.push(...overlappingAddressSpaces(config));
    return diagnostics;
}
/** Every service on in an environment, with the services that imply it (empty for flags and baseline). */
function servicesOn(config, flags, catalog) {
    const on = new Map();
    const queue = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    for (const service of catalog.services) {
        if (service.baseline.includes(config.architecture) || flags[service.id] === true) {
            on.set(service.id, []);
            queue.push(service);
        }
    }
    while (queue.length > 0) {
        const service = queue.shift();
        for (const implied of service.implies) {
            const existing = on.get(implied);
            if (existing === undefined) {
                on.set(implied, [service.id]);
                const next = byId.get(implied);
                if (next)
                    queue.push(next);
            }
            else if (existing.length > 0) {
                if (!existing.includes(service.id))
                    existing.push(service.id);
            }
        }
    }
    return on;
}
function overlappingAddressSpaces(config) {
    const diagnostics = [];
    const seen = [];
    for (const [env, e] of Object.entries(config.environments)) {
        const cidr = (0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCidr */ .GN)(e.addressSpace);
        if (!cidr)
            continue;
        const path = `environments.${env}.addressSpace`;
        const clash = seen.find((s) => (0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .overlaps */ .$f)((0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCidr */ .GN)(s.text), cidr));
        if (clash) {
            diagnostics.push({
                severity: 'error',
                code: 'network.overlap',
                message: `${path} ${e.addressSpace} overlaps environments.${clash.env}.addressSpace ${clash.text}${clash.line ? ` (line ${clash.line})` : ''}`,
                location: config.locations[path],
                hint: 'give every environment its own address range, e.g. 172.16.0.0/22, 172.17.0.0/22, 172.18.0.0/22',
            });
        }
        seen.push({ env, text: e.addressSpace, line: config.locations[path]?.line });
    }
    return diagnostics;
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ selectEnvironment),
/* harmony export */   d: () => (/* binding */ environmentFlags)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7980);

/** Base flags overlaid by the environment's overrides (canonical ids). */
function environmentFlags(config, env) {
    return { ...config.flags, ...(config.environments[env]?.flags ?? {}) };
}
/** The environment named `env`, or an error naming the valid choices and the nearest one. */
function selectEnvironment(config, env) {
    const environment = config.environments[env];
    if (environment)
        return { environment, diagnostics: [] };
    const choices = Object.keys(config.environments);
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .Z)(env, choices);
    return {
        diagnostics: [
            {
                severity: 'error',
                code: 'config.unknown-environment',
                message: `unknown environment '${env}': ${config.file} defines ${choices.length === 0 ? 'no environments' : choices.join(', ')}`,
                location: config.locations['environments'],
                hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${choices.join(', ')}`,
            },
        ],
    };
}


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xy: () => (/* reexport */ formatDiagnostic),
  o4: () => (/* reexport */ parseConfig),
  aP: () => (/* reexport */ environments/* selectEnvironment */.a)
});

// UNUSED EXPORTS: environmentFlags, servicesOn

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./build/core/cidr.js
var cidr = __nccwpck_require__(438);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __nccwpck_require__(7980);
;// CONCATENATED MODULE: ./build/core/config/defaults.js
const DEFAULT_ARCHITECTURE = 'genai-1';
const DEFAULT_NETWORK_MODE = 'standalone';
const DEFAULT_SCALE_SET = '001';
/** A model deployment's defaults, besides name, model and version which the user gives. */
const DEFAULT_DEPLOYMENT = { format: 'OpenAI', sku: 'Standard', capacity: 10 };
/** Every catalog option that has a default, so config.services shows what the plan will use. */
function defaultServiceOptions(catalog) {
    const result = {};
    for (const service of catalog.services) {
        for (const option of service.options ?? []) {
            if (option.default === undefined)
                continue;
            result[service.id] ??= {};
            result[service.id][option.name] = structuredClone(option.default);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./build/core/config/lookup.js
var lookup = __nccwpck_require__(2339);
;// CONCATENATED MODULE: ./build/core/config/flags.js

function resolveFlags(raw, sectionPath, catalog, keyLocations, valueLocations, diagnostics) {
    const flags = {};
    const locations = {};
    const writtenAs = {};
    for (const entry of raw) {
        const keyLocation = keyLocations[entry.path];
        const found = (0,lookup/* serviceByFlagName */.uI)(catalog, entry.name);
        if (!found) {
            const guess = (0,lookup/* suggestService */.wz)(catalog, entry.name);
            diagnostics.push({
                severity: 'error',
                code: 'flags.unknown',
                message: `unknown flag '${entry.name}' in ${sectionPath}: no service has this name`,
                location: keyLocation,
                hint: `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services and their flag names`,
            });
            continue;
        }
        const id = found.service.id;
        const value = toBoolean(entry.value);
        if (value === undefined) {
            diagnostics.push({
                severity: 'error',
                code: 'flags.bad-value',
                message: `flag '${entry.name}' must be true or false, found ${describeValue(entry.value)}`,
                location: valueLocations[entry.path] ?? keyLocation,
                hint: `write ${id}: true or ${id}: false`,
            });
            continue;
        }
        const canonicalPath = `${sectionPath}.${id}`;
        if (flags[id] !== undefined) {
            const first = locations[canonicalPath];
            diagnostics.push({
                severity: 'error',
                code: 'flags.duplicate',
                message: `'${entry.name}' sets the flag '${id}' a second time in ${sectionPath} (first as '${writtenAs[id]}' at line ${first?.line})`,
                location: keyLocation,
                hint: `keep one ${id}: entry`,
            });
            continue;
        }
        const isText = typeof entry.value === 'string';
        if (!found.canonical || isText) {
            const why = [
                found.canonical ? undefined : `'${entry.name}' is today's pipeline name of the flag '${id}'`,
                isText ? `the value is the text "${String(entry.value)}", not a boolean` : undefined,
            ].filter(Boolean);
            diagnostics.push({
                severity: 'note',
                code: 'flags.legacy-spelling',
                message: `${why.join('; ')}`,
                location: keyLocation,
                hint: `write ${id}: ${value}`,
            });
        }
        flags[id] = value;
        writtenAs[id] = entry.name;
        locations[canonicalPath] = keyLocation;
    }
    return { flags, locations };
}
function toBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string') {
        if (/^true$/i.test(value.trim()))
            return true;
        if (/^false$/i.test(value.trim()))
            return false;
    }
    return undefined;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return `the text '${value}'`;
    if (typeof value === 'object' && 'notScalar' in value)
        return String(value.notScalar);
    return String(value);
}

// EXTERNAL MODULE: ./build/core/config/spec.js
var spec = __nccwpck_require__(6598);
;// CONCATENATED MODULE: ./build/core/config/build.js






class Builder {
    ctx;
    catalog;
    constructor(ctx, catalog) {
        this.ctx = ctx;
        this.catalog = catalog;
    }
    error(code, message, location, hint) {
        this.ctx.diagnostics.push({ severity: 'error', code, message, location, hint });
    }
    key(path) {
        return this.ctx.keyLocations[path];
    }
    value(path) {
        return this.ctx.valueLocations[path] ?? this.ctx.keyLocations[path];
    }
    region(name, path) {
        if (name === undefined || (0,lookup/* regionByName */.tl)(this.catalog, name))
            return;
        const guess = (0,lookup/* suggestRegion */.jL)(this.catalog, name);
        this.error('config.unknown-region', `${path} '${name}' is not an Azure region the catalog knows`, this.value(path), `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of regions`);
    }
    /** `protect` and `allowDestroy` entries: service ids (and 'all' where allowed). */
    serviceList(list, path, allowAll) {
        const result = [];
        (list ?? []).forEach((name, index) => {
            if (allowAll && name === 'all')
                return result.push(name);
            const found = (0,lookup/* serviceByFlagName */.uI)(this.catalog, name);
            if (found?.canonical)
                return result.push(name);
            const guess = found ? found.service.id : (0,lookup/* suggestService */.wz)(this.catalog, name);
            this.error('config.unknown-service', `${path} lists '${name}', which is not a service id`, this.key(`${path}.${index}`), `${guess ? `did you mean '${guess}'? ` : ''}${allowAll ? "use a service id or 'all'; " : ''}run \`aifactory catalog\` for the list of services`);
        });
        return result;
    }
    addressSpace(text, path) {
        if (text === undefined)
            return undefined;
        const parsed = (0,cidr/* parseCidr */.GN)(text);
        if (parsed && parsed.prefix >= 8 && parsed.prefix <= 29)
            return (0,cidr/* formatCidr */.mG)(parsed);
        const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
        const octets = m ? m.slice(1, 5).map(Number) : [];
        const prefix = m ? Number(m[5]) : NaN;
        let why = 'is not a valid IPv4 CIDR';
        let hint = 'write an IPv4 range such as 172.16.0.0/22';
        if (m && octets.some((o) => o > 255))
            why = 'has an address part above 255';
        else if (m && prefix > 32)
            why = 'has a prefix length above 32';
        else if (parsed || (m && prefix >= 0)) {
            if (prefix < 8 || prefix > 29) {
                why = `has the prefix length /${prefix}; a VNet address space must be /8 to /29`;
            }
            else {
                const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
                const base = (address & ~(0,cidr/* hostMask */.Hq)(prefix)) >>> 0;
                why = 'has host bits set (the address is not the start of its range)';
                hint = `did you mean ${(0,cidr/* formatCidr */.mG)({ base, prefix })}?`;
            }
        }
        this.error('config.bad-cidr', `${path} '${text}' ${why}`, this.value(path), hint);
        return undefined;
    }
    network(env, name, mode) {
        const path = `environments.${name}.network`;
        if (mode === 'standalone') {
            if (env.network) {
                this.ctx.diagnostics.push({
                    severity: 'warning',
                    code: 'config.unused-network',
                    message: `${path} is ignored in network mode standalone, where the project creates its own VNet and DNS zones`,
                    location: this.key(path),
                    hint: 'remove it, or set network.mode to hub-spoke, vwan or hybrid',
                });
            }
            return undefined;
        }
        const needed = ['vnetResourceGroup', 'vnetName'];
        if (mode !== 'hybrid')
            needed.push('dnsZonesSubscriptionId', 'dnsZonesResourceGroup');
        const missing = needed.filter((k) => !env.network?.[k]);
        if (missing.length > 0) {
            this.error('config.missing-key', `environments.${name} needs ${env.network ? path : 'a network section'} with ${missing.join(', ')} in network mode ${mode}`, this.key(env.network ? path : `environments.${name}`), mode === 'hybrid'
                ? "the platform's VNet (resource group and name) the project's subnets go into"
                : "the platform's VNet, and the subscription and resource group of the central private DNS zones");
        }
        return env.network;
    }
    services(raw) {
        const result = defaultServiceOptions(this.catalog);
        for (const [id, options] of Object.entries(raw ?? {})) {
            const path = `services.${id}`;
            const found = (0,lookup/* serviceByFlagName */.uI)(this.catalog, id);
            if (!found?.canonical) {
                const guess = found ? found.service.id : (0,lookup/* suggestService */.wz)(this.catalog, id);
                this.error('config.unknown-service', `${path}: '${id}' is not a service id`, this.key(path), `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services`);
                continue;
            }
            if (spec/* serviceOptionSpecs */.JF[id]) {
                if (Array.isArray(options.deployments)) {
                    options.deployments = this.deployments(options.deployments, `${path}.deployments`);
                }
            }
            else {
                this.catalogOptions(found.service, options, path);
            }
            result[id] = { ...(result[id] ?? {}), ...options };
        }
        return result;
    }
    /** Checks options against the service's catalog entry: names, types, choices. */
    catalogOptions(service, options, path) {
        const known = (0,lookup/* catalogOptionNames */.JL)(service);
        for (const [name, value] of Object.entries(options)) {
            const optionPath = `${path}.${name}`;
            if (!known.includes(name)) {
                const guess = (0,suggest/* suggest */.Z)(name, known);
                this.error('config.unknown-key', `unknown option '${name}' for service ${service.id}`, this.key(optionPath), known.length === 0
                    ? `${service.id} takes no options`
                    : `${guess ? `did you mean '${guess}'? ` : ''}valid options: ${known.join(', ')}`);
                continue;
            }
            const option = service.options?.find((o) => o.name === name);
            if (!option)
                continue;
            const actual = Array.isArray(value) ? 'list' : value === null ? 'nothing' : typeof value;
            if (actual !== option.type) {
                const wording = { list: 'a list', object: 'a mapping', nothing: 'nothing' };
                this.error('config.wrong-type', `${optionPath} must be ${wording[option.type] ?? `a ${option.type}`}, found ${wording[actual] ?? JSON.stringify(value)}`, this.value(optionPath), option.description);
            }
            else if (option.choices && !option.choices.includes(String(value))) {
                const guess = (0,suggest/* suggest */.Z)(String(value), option.choices);
                this.error('config.bad-value', `${optionPath} is '${String(value)}', which is not one of the choices`, this.value(optionPath), `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${option.choices.join(', ')}`);
            }
        }
    }
    /** The flat form users write → the ARM-shaped entries the catalog reads ({{item:model.name}}). */
    deployments(list, path) {
        const seen = new Map();
        return list.map((d, i) => {
            const first = seen.get(d.name.toLowerCase());
            if (first !== undefined) {
                this.error('config.duplicate-item', `${path} has two deployments named '${d.name}'`, this.value(`${path}.${i}.name`), `deployment names must be unique; the first is item ${first + 1}`);
            }
            else
                seen.set(d.name.toLowerCase(), i);
            return {
                name: d.name,
                model: { format: d.format ?? DEFAULT_DEPLOYMENT.format, name: d.model, version: d.version },
                sku: { name: d.sku ?? DEFAULT_DEPLOYMENT.sku, capacity: d.capacity ?? DEFAULT_DEPLOYMENT.capacity },
            };
        });
    }
    personas(raw, path) {
        const known = Object.keys(this.catalog.personas ?? {});
        const result = {};
        for (const [persona, ids] of Object.entries(raw ?? {})) {
            if (known.length > 0 && !known.includes(persona)) {
                const guess = (0,suggest/* suggest */.Z)(persona, known);
                this.error('config.unknown-persona', `${path}: unknown persona '${persona}'`, this.key(`${path}.${persona}`), `${guess ? `did you mean '${guess}'? ` : ''}valid personas: ${known.join(', ')}`);
                continue;
            }
            result[persona] = ids;
        }
        return result;
    }
}
function buildConfig(raw, ctx, catalog) {
    const b = new Builder(ctx, catalog);
    const mode = raw.network?.mode ?? DEFAULT_NETWORK_MODE;
    const flagLocations = {};
    const resolve = (flags, path) => {
        const r = resolveFlags(flags ?? [], path, catalog, ctx.keyLocations, ctx.valueLocations, ctx.diagnostics);
        Object.assign(flagLocations, r.locations);
        return r.flags;
    };
    b.region(raw.project?.location, 'project.location');
    const environments = {};
    for (const [name, env] of Object.entries(raw.environments ?? {})) {
        const path = `environments.${name}`;
        b.region(env.location, `${path}.location`);
        const environment = {
            name,
            subscriptionId: env.subscriptionId ?? '',
            addressSpace: b.addressSpace(env.addressSpace, `${path}.addressSpace`) ?? '',
            flags: resolve(env.flags, `${path}.flags`),
            allowDestroy: b.serviceList(env.allowDestroy, `${path}.allowDestroy`, true),
            personas: b.personas(env.personas, `${path}.personas`),
        };
        if (env.tenantId)
            environment.tenantId = env.tenantId;
        if (env.location)
            environment.location = env.location;
        const network = b.network(env, name, mode);
        if (network)
            environment.network = network;
        environments[name] = environment;
    }
    return {
        version: 1,
        file: ctx.file,
        architecture: raw.architecture ?? DEFAULT_ARCHITECTURE,
        project: {
            number: raw.project?.number ?? 0,
            prefix: raw.project?.prefix ?? '',
            scaleSet: raw.project?.scaleSet ?? DEFAULT_SCALE_SET,
            location: raw.project?.location ?? '',
            tags: raw.project?.tags ?? {},
        },
        network: { mode },
        environments,
        flags: resolve(raw.flags, 'flags'),
        protect: b.serviceList(raw.protect, 'protect', false),
        services: b.services(raw.services),
        locations: { ...ctx.keyLocations, ...flagLocations },
    };
}

// EXTERNAL MODULE: ./build/core/config/checks.js
var checks = __nccwpck_require__(8040);
;// CONCATENATED MODULE: ./build/core/config/yaml-walk.js
// Walks the YAML syntax tree against the spec: every finding carries the file, line and column of the
// key or value it is about. Produces plain values, and the location of every key it accepted.


function locationOf(ctx, node, fallback) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return fallback ?? { file: ctx.file, line: 1, column: 1 };
    const pos = ctx.lineCounter.linePos(offset);
    return { file: ctx.file, line: pos.line, column: pos.col };
}
function joinPath(path, key) {
    return path === '' ? String(key) : `${path}.${key}`;
}
function report(ctx, d) {
    ctx.diagnostics.push({ severity: 'error', ...d });
}
/** Human wording of what the user wrote, for "expected X, found Y". */
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing';
        if (typeof v === 'string')
            return `the text '${v}'`;
        if (typeof v === 'number')
            return `the number ${v}`;
        if (typeof v === 'boolean')
            return `${v}`;
        return `the value ${String(v)}`;
    }
    return 'an unsupported value';
}
function resolve(ctx, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(ctx.doc) ?? null;
    return node ?? null;
}
function isNull(node) {
    return node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
function typeError(ctx, node, path, expected, hint) {
    report(ctx, {
        code: 'config.wrong-type',
        message: `${path || 'the file'} must be ${expected}, found ${describe(node)}`,
        location: locationOf(ctx, node, ctx.keyLocations[path]),
        hint,
    });
    return undefined;
}
/** The pairs of a mapping, with duplicate keys reported (both lines) and only the first one kept. */
function pairsOf(ctx, node, path) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    const seen = new Map();
    const result = [];
    for (const pair of node.items) {
        const keyNode = pair.key;
        if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
            report(ctx, {
                code: 'config.bad-key',
                message: `keys in ${path || 'the file'} must be plain names, found ${describe(keyNode)}`,
                location: locationOf(ctx, keyNode, locationOf(ctx, node)),
            });
            continue;
        }
        const key = String(keyNode.value);
        const here = locationOf(ctx, keyNode);
        const first = seen.get(key);
        if (first) {
            report(ctx, {
                code: 'config.duplicate-key',
                message: `duplicate key '${key}' in ${path || 'the file'}; first set at line ${first.line}`,
                location: here,
                hint: 'keep one of the two',
            });
            continue;
        }
        seen.set(key, here);
        result.push({ key, pair, keyNode });
    }
    return result;
}
function walk(ctx, raw, spec, path) {
    const node = resolve(ctx, raw);
    if (node && path !== '')
        ctx.valueLocations[path] = locationOf(ctx, node);
    switch (spec.kind) {
        case 'object':
            return walkObject(ctx, node, spec, path);
        case 'map':
            return walkMap(ctx, node, spec, path);
        case 'flags':
            return walkFlags(ctx, node, path);
        case 'array':
            return walkArray(ctx, node, spec, path);
        case 'string':
            return walkString(ctx, node, spec, path);
        case 'integer':
            return walkInteger(ctx, node, spec, path);
        case 'boolean':
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
                return node.value;
            return typeError(ctx, node, path, 'true or false', 'write true or false without quotes');
        case 'any':
            return plain(ctx, node, path);
    }
}
function walkObject(ctx, node, spec, path) {
    if (!isNull(node) && !(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of keys');
    const result = {};
    const valid = Object.keys(spec.properties);
    for (const { key, pair, keyNode } of node && (0,dist/* isMap */.jh)(node) ? pairsOf(ctx, node, path) : []) {
        const childPath = joinPath(path, key);
        const child = spec.properties[key];
        if (!child) {
            const guess = (0,suggest/* suggest */.Z)(key, valid);
            report(ctx, {
                code: 'config.unknown-key',
                message: `unknown key '${key}' in ${path || 'the top level'}`,
                location: locationOf(ctx, keyNode),
                hint: `${guess ? `did you mean '${guess}'? ` : ''}valid keys: ${valid.join(', ')}`,
            });
            continue;
        }
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const value = walk(ctx, pair.value, child, childPath);
        if (value !== undefined)
            result[key] = value;
    }
    for (const key of spec.required ?? []) {
        const present = node && (0,dist/* isMap */.jh)(node) && node.items.some((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (!present) {
            report(ctx, {
                code: 'config.missing-key',
                message: `${path || 'the file'} is missing the required key '${key}'`,
                location: ctx.keyLocations[path] ?? locationOf(ctx, node),
                hint: spec.properties[key].description,
            });
        }
    }
    return result;
}
function walkMap(ctx, node, spec, path) {
    if (!isNull(node) && !(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of names to values');
    const result = {};
    const pairs = node && (0,dist/* isMap */.jh)(node) ? pairsOf(ctx, node, path) : [];
    for (const { key, pair, keyNode } of pairs) {
        const childPath = joinPath(path, key);
        if (spec.keyPattern && !new RegExp(spec.keyPattern.regex).test(key)) {
            report(ctx, {
                code: 'config.bad-name',
                message: `'${key}' in ${path} is not a valid name: use ${spec.keyPattern.text}`,
                location: locationOf(ctx, keyNode),
            });
            continue;
        }
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const value = walk(ctx, pair.value, spec.valuesByKey?.[key] ?? spec.values, childPath);
        if (value !== undefined)
            result[key] = value;
    }
    if (spec.minEntries && pairs.length < spec.minEntries) {
        report(ctx, {
            code: 'config.missing-key',
            message: `${path} must have at least ${spec.minEntries} entr${spec.minEntries === 1 ? 'y' : 'ies'}`,
            location: ctx.keyLocations[path] ?? locationOf(ctx, node),
            hint: spec.description,
        });
    }
    return result;
}
function walkFlags(ctx, node, path) {
    if (isNull(node))
        return [];
    if (!(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of service ids to true or false');
    const flags = [];
    for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
        const childPath = joinPath(path, key);
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const valueNode = resolve(ctx, pair.value);
        ctx.valueLocations[childPath] = locationOf(ctx, valueNode, ctx.keyLocations[childPath]);
        const value = (0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : { notScalar: describe(valueNode) };
        flags.push({ name: key, value, path: childPath });
    }
    return flags;
}
function walkArray(ctx, node, spec, path) {
    if (isNull(node))
        return [];
    if (!(0,dist/* isSeq */.oP)(node))
        return typeError(ctx, node, path, 'a list', 'write [a, b] or one "- item" per line');
    const result = [];
    const seen = new Map();
    node.items.forEach((item, index) => {
        const childPath = joinPath(path, index);
        ctx.keyLocations[childPath] = locationOf(ctx, item, locationOf(ctx, node));
        const value = walk(ctx, item, spec.items, childPath);
        if (value === undefined)
            return;
        if (spec.uniqueItems) {
            const id = JSON.stringify(value);
            const first = seen.get(id);
            if (first !== undefined) {
                report(ctx, {
                    code: 'config.duplicate-item',
                    message: `${path} lists ${JSON.stringify(value)} twice`,
                    location: ctx.keyLocations[childPath],
                    hint: `remove one; the first is item ${first + 1}`,
                });
                return;
            }
            seen.set(id, index);
        }
        result.push(value);
    });
    return result;
}
function walkString(ctx, node, spec, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
        const hint = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? spec.numberHint : undefined;
        return typeError(ctx, node, path, spec.enum ? `one of ${spec.enum.join(', ')}` : 'text', hint);
    }
    const value = node.value;
    if (spec.enum && !spec.enum.includes(value)) {
        const guess = (0,suggest/* suggest */.Z)(value, spec.enum);
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is '${value}', which is not one of the choices`,
            location: locationOf(ctx, node),
            hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${spec.enum.join(', ')}`,
        });
        return undefined;
    }
    if (spec.pattern && !new RegExp(spec.pattern).test(value)) {
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is '${value}', which is not ${spec.patternText ?? `matching ${spec.pattern}`}`,
            location: locationOf(ctx, node),
            hint: spec.description,
        });
        return undefined;
    }
    return value;
}
function walkInteger(ctx, node, spec, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
        const quoted = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && /^\d+$/.test(node.value);
        return typeError(ctx, node, path, 'a whole number', quoted ? 'write the number without quotes' : undefined);
    }
    const value = node.value;
    if (spec.const !== undefined && value !== spec.const) {
        report(ctx, {
            code: 'config.unsupported-version',
            message: `${path} ${value} is not supported; this version of aifactory-flags reads ${path} ${spec.const}`,
            location: locationOf(ctx, node),
            hint: `write ${path}: ${spec.const}, or use the aifactory-flags release that introduced version ${value}`,
        });
        return undefined;
    }
    const tooLow = spec.minimum !== undefined && value < spec.minimum;
    const tooHigh = spec.maximum !== undefined && value > spec.maximum;
    if (tooLow || tooHigh) {
        const range = spec.maximum === undefined
            ? `at least ${spec.minimum}`
            : `from ${spec.minimum ?? '…'} to ${spec.maximum}`;
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is ${value}, which is out of range: it must be ${range}`,
            location: locationOf(ctx, node),
            hint: spec.description,
        });
        return undefined;
    }
    return value;
}
/** Plain JavaScript value of a node nobody has a schema for (duplicate keys still reported). */
function plain(ctx, node, path) {
    if (node === null)
        return null;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isSeq */.oP)(node)) {
        return node.items.map((item, i) => {
            const childPath = joinPath(path, i);
            const child = resolve(ctx, item);
            ctx.keyLocations[childPath] = locationOf(ctx, child, locationOf(ctx, node));
            return plain(ctx, child, childPath);
        });
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const result = {};
        for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
            const childPath = joinPath(path, key);
            ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
            result[key] = plain(ctx, resolve(ctx, pair.value), childPath);
        }
        return result;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/core/config/parse.js
// parseConfig: YAML text → ProjectConfig, or every problem found, each with file:line:column.





function parseConfig(text, file, catalog) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found by the walker, which can name the line of the first one.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const diagnostics = [];
    const at = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    for (const e of doc.errors) {
        diagnostics.push({
            severity: 'error',
            code: 'config.yaml-syntax',
            message: `YAML syntax error: ${e.message}`,
            location: at(e.pos[0]),
            hint: 'fix the YAML syntax first (indentation with spaces, closing brackets and quotes)',
        });
    }
    if (diagnostics.length > 0)
        return { diagnostics };
    if (doc.contents === null) {
        return {
            diagnostics: [
                {
                    severity: 'error',
                    code: 'config.empty',
                    message: 'the file is empty',
                    location: { file, line: 1, column: 1 },
                    hint: 'start from examples/genai-1/aifactory.yaml',
                },
            ],
        };
    }
    const ctx = { file, doc, lineCounter, diagnostics, keyLocations: {}, valueLocations: {} };
    const raw = walk(ctx, doc.contents, spec/* configSpec */.KA, '');
    if (raw === undefined)
        return { diagnostics };
    const config = buildConfig(raw, ctx, catalog);
    diagnostics.push(...(0,checks/* checkConfig */.l)(config, catalog));
    const failed = diagnostics.some((d) => d.severity === 'error');
    return failed ? { diagnostics } : { config, diagnostics };
}

// EXTERNAL MODULE: ./build/core/config/environments.js
var environments = __nccwpck_require__(4891);
;// CONCATENATED MODULE: ./build/core/config/format.js
function formatDiagnostic(d) {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
    const hint = d.hint ? ` (${d.hint})` : '';
    return `${where}${d.severity}: ${d.message}${hint}`;
}

;// CONCATENATED MODULE: ./build/core/config/index.js
// The config of one project (aifactory.yaml): parse and validate, and per-environment views.






/***/ }),

/***/ 2339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ catalogOptionNames),
/* harmony export */   jL: () => (/* binding */ suggestRegion),
/* harmony export */   tl: () => (/* binding */ regionByName),
/* harmony export */   uI: () => (/* binding */ serviceByFlagName),
/* harmony export */   wz: () => (/* binding */ suggestService)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4829);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7980);


/** The id matches exactly (canonical); today's names (enableAISearch, ENABLE_AI_SEARCH) in any case. */
const serviceByFlagName = _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findServiceByFlagName */ .NM;
/** The canonical id nearest to a misspelt flag, looking at ids and aliases alike. */
function suggestService(catalog, name) {
    const choices = catalog.services.flatMap((s) => [s.id, ...s.aliases]);
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(name, choices);
    return guess === undefined ? undefined : serviceByFlagName(catalog, guess)?.service.id;
}
/** Only the region's name itself: it goes into the file as the one spelling names are built from. */
function regionByName(catalog, name) {
    return catalog.regions.find((r) => r.name === name);
}
/** A display name or short code ('Sweden Central', 'sdc') names its region; else the nearest name. */
function suggestRegion(catalog, name) {
    return ((0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findRegion */ .g6)(catalog, name)?.name ??
        (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(name, catalog.regions.map((r) => r.name)));
}
const PARAM = /\{\{param:([A-Za-z0-9_]+)/g;
/** Option names a service reads: its declared options, {{param:…}} placeholders and forEach lists. */
function catalogOptionNames(service) {
    const names = new Set((service.options ?? []).map((o) => o.name));
    for (const resource of service.resources) {
        if (resource.forEach)
            names.add(resource.forEach);
        for (const match of JSON.stringify(resource.body).matchAll(PARAM))
            names.add(match[1]);
    }
    return [...names];
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ GUID_PATTERN),
/* harmony export */   Af: () => (/* binding */ PREFIX_PATTERN),
/* harmony export */   JF: () => (/* binding */ serviceOptionSpecs),
/* harmony export */   KA: () => (/* binding */ configSpec)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT_NAME_PATTERN, DEPLOYMENT_SKUS */
// The shape of aifactory.yaml as data. The YAML checker walks it (unknown keys, types, required keys,
// patterns) and the JSON Schema for editors is generated from it, so the two cannot disagree.
// Checks that need the catalog or several keys at once live in semantic.ts.
const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const GUID_TEXT = 'a GUID such as 11111111-2222-3333-4444-555555555555';
/** Goes into every resource name, including storage and registry names (no '-', lower case, ≤ 24). */
const PREFIX_PATTERN = '^[a-z][a-z0-9]{1,5}$';
const PREFIX_TEXT = '2 to 6 lower-case letters or digits, starting with a letter';
/** Environment keys go into resource names as well. */
const ENVIRONMENT_NAME_PATTERN = '^[a-z][a-z0-9]{0,7}$';
const ENVIRONMENT_NAME_TEXT = '1 to 8 lower-case letters or digits, starting with a letter';
const DEPLOYMENT_SKUS = [
    'Standard',
    'GlobalStandard',
    'DataZoneStandard',
    'ProvisionedManaged',
    'GlobalProvisionedManaged',
    'DataZoneProvisionedManaged',
    'GlobalBatch',
    'DataZoneBatch',
];
const guid = (description) => ({
    kind: 'string',
    pattern: GUID_PATTERN,
    patternText: GUID_TEXT,
    description,
});
/** Azure's rule for resource group names. */
const RESOURCE_GROUP_PATTERN = '^[-\\w.()]{0,89}[-\\w()]$';
const RESOURCE_GROUP_TEXT = 'a resource group name: 1 to 90 letters, digits, "_", "-", ".", "(" or ")", not ending in "."';
const serviceList = (description) => ({
    kind: 'array',
    uniqueItems: true,
    items: { kind: 'string', description: 'A service id (see `aifactory catalog`).' },
    description,
});
const networkSpec = {
    kind: 'object',
    description: 'The platform network this environment joins (hub-spoke, vwan, hybrid). Not used in standalone mode, where the project brings its own VNet and private DNS zones.',
    properties: {
        vnetResourceGroup: {
            kind: 'string',
            pattern: RESOURCE_GROUP_PATTERN,
            patternText: RESOURCE_GROUP_TEXT,
            description: "Resource group of the platform's VNet the project's subnets are added to.",
        },
        vnetName: {
            kind: 'string',
            pattern: '^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$',
            patternText: 'a VNet name: 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit',
            description: "Name of the platform's VNet.",
        },
        dnsZonesSubscriptionId: guid('Subscription holding the central private DNS zones (hub-spoke, vwan). Optional in hybrid mode, where the project creates its own zones.'),
        dnsZonesResourceGroup: {
            kind: 'string',
            pattern: RESOURCE_GROUP_PATTERN,
            patternText: RESOURCE_GROUP_TEXT,
            description: 'Resource group of the central private DNS zones (hub-spoke, vwan).',
        },
    },
};
const environmentSpec = {
    kind: 'object',
    description: 'One environment (its own subscription and address space).',
    required: ['subscriptionId', 'addressSpace'],
    properties: {
        subscriptionId: guid('Subscription the environment is deployed to.'),
        tenantId: guid('Entra tenant of the subscription; needed by Key Vault. Optional.'),
        addressSpace: {
            kind: 'string',
            pattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$',
            patternText: 'an IPv4 CIDR such as 172.16.0.0/22',
            description: "IPv4 range (CIDR) the project's subnets are allocated from. Must not overlap another environment's. Avoid 10.0.0.0/8 with Foundry agents (foundryCapabilityHost): agent subnet injection supports only 172.16.0.0/12 and 192.168.0.0/16.",
        },
        location: {
            kind: 'string',
            description: 'Azure region of this environment; defaults to project.location.',
        },
        flags: {
            kind: 'flags',
            description: 'Overrides of the base flags for this environment only.',
        },
        allowDestroy: serviceList("Services (or 'all') this environment may delete even when they hold data or are protected."),
        personas: {
            kind: 'map',
            description: "The project's Entra groups by persona: each persona gets its built-in roles on the services.",
            values: {
                kind: 'array',
                uniqueItems: true,
                items: guid('Object id of an Entra group (or user).'),
                description: 'Object ids of the Entra groups of this persona.',
            },
        },
        network: networkSpec,
    },
};
const deploymentSpec = {
    kind: 'object',
    description: 'One model deployment of the Foundry account.',
    required: ['name', 'model', 'version'],
    properties: {
        name: {
            kind: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
            patternText: 'letters, digits, ".", "_" or "-", at most 64 characters',
            description: 'Deployment name, used by applications.',
        },
        model: { kind: 'string', description: 'Model name, e.g. gpt-4o or text-embedding-3-large.' },
        format: {
            kind: 'string',
            description: "Model format (publisher), default 'OpenAI'.",
        },
        version: {
            kind: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
            patternText: 'a model version such as "2024-11-20"',
            description: "Model version, e.g. '2024-11-20' (quoted).",
            numberHint: "quote the version, e.g. version: '1'",
        },
        sku: {
            kind: 'string',
            enum: DEPLOYMENT_SKUS,
            description: "Deployment type, default 'Standard'.",
        },
        capacity: {
            kind: 'integer',
            minimum: 1,
            description: 'Capacity in units of 1,000 tokens per minute (Standard types), default 10.',
        },
    },
};
const deploymentsSpec = {
    kind: 'object',
    description: 'Model deployments of the account.',
    properties: {
        deployments: {
            kind: 'array',
            items: deploymentSpec,
            description: 'Model deployments; each is created, updated and removed with this list.',
        },
    },
};
/**
 * Options with a richer shape than the catalog's option list can say. Every other service's options are
 * checked against its catalog entry (`options`: names, types, choices, required).
 */
const serviceOptionSpecs = {
    aiFoundry: deploymentsSpec,
    azureOpenAI: deploymentsSpec,
};
const configSpec = {
    kind: 'object',
    description: 'aifactory.yaml: the services of one AI Factory project, per environment.',
    required: ['version', 'project', 'environments'],
    properties: {
        version: {
            kind: 'integer',
            const: 1,
            description: 'Version of this file format; 1.',
        },
        architecture: {
            kind: 'string',
            enum: ['genai-1', 'esml'],
            description: "Decides the baseline services that are always on. Default 'genai-1'.",
        },
        project: {
            kind: 'object',
            description: 'The project within the AI Factory scale set.',
            required: ['number', 'prefix', 'location'],
            properties: {
                number: {
                    kind: 'integer',
                    minimum: 1,
                    maximum: 999,
                    description: 'Project number, 1 to 999; prj001 in names.',
                },
                prefix: {
                    kind: 'string',
                    pattern: PREFIX_PATTERN,
                    patternText: PREFIX_TEXT,
                    description: `Organisation prefix in every resource name: ${PREFIX_TEXT}.`,
                },
                scaleSet: {
                    kind: 'string',
                    pattern: '^[0-9]{3}$',
                    patternText: 'three digits such as "001"',
                    numberHint: 'quote it: scaleSet: "001" (YAML reads 001 as the number 1)',
                    description: 'Scale set suffix, three digits in quotes, default "001".',
                },
                location: {
                    kind: 'string',
                    description: 'Azure region, e.g. swedencentral (see `aifactory catalog` for the list).',
                },
                tags: {
                    kind: 'map',
                    description: 'Tags put on every resource group and resource, besides the aifactory-* ownership tags.',
                    values: { kind: 'string', description: 'Tag value.', numberHint: 'quote tag values, e.g. "4711"' },
                },
            },
        },
        network: {
            kind: 'object',
            description: 'How the project is networked.',
            properties: {
                mode: {
                    kind: 'string',
                    enum: ['standalone', 'hub-spoke', 'vwan', 'hybrid'],
                    description: "standalone: own VNet and private DNS zones (PoC); hub-spoke / vwan: the platform's VNet and central DNS zones; hybrid: the platform's VNet, own DNS zones, public access beside private endpoints. Default 'standalone'.",
                },
            },
        },
        environments: {
            kind: 'map',
            minEntries: 1,
            keyPattern: { regex: ENVIRONMENT_NAME_PATTERN, text: ENVIRONMENT_NAME_TEXT },
            description: 'Environments by name (dev, stage, prod by convention), in promotion order.',
            values: environmentSpec,
        },
        flags: {
            kind: 'flags',
            description: "Add-on services on (true) or off (false), the base for every environment. Keys are service ids; the names of today's pipelines (enableAISearch, ENABLE_AI_SEARCH) are accepted with a note.",
        },
        protect: serviceList('More services whose deletion needs an explicit allow (services holding data always do).'),
        services: {
            kind: 'map',
            description: 'Options of individual services, by service id.',
            valuesByKey: serviceOptionSpecs,
            values: {
                kind: 'map',
                description: 'Options of a service without a schema here: the names its catalog entry reads ({{param:…}}).',
                values: { kind: 'any', description: 'Option value.' },
            },
        },
    },
};


/***/ }),

/***/ 2236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildDesired),
  k: () => (/* binding */ buildDesiredState)
});

// EXTERNAL MODULE: ./build/core/diagnostics.js
var core_diagnostics = __nccwpck_require__(6450);
// EXTERNAL MODULE: ./build/core/enablement.js
var core_enablement = __nccwpck_require__(655);
// EXTERNAL MODULE: ./build/core/hash.js
var hash = __nccwpck_require__(7384);
// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __nccwpck_require__(438);
;// CONCATENATED MODULE: ./build/core/subnets.js
// Subnet allocation inside an environment's address space. Unlike today's pipelines (which append after the
// highest used address and never fill gaps) an existing subnet never moves, freed ranges are reused and a full
// range says exactly how much is missing.

/** The smallest subnet Azure accepts is a /29 (Azure keeps 5 addresses of every subnet). */
const SMALLEST_SUBNET_PREFIX = 29;
/**
 * Places every requested subnet. Existing subnets of ours (same name, not foreign) keep their prefix; every
 * existing range (ours, requested or not, and foreign ones) is taken; new subnets go largest first (ties by
 * name), each at the lowest free address aligned to its size. Subnets no longer requested are not returned:
 * the planner deletes them. The result is sorted by address.
 */
function allocateSubnets(addressSpace, requests, existing) {
    const diagnostics = [];
    const space = (0,core_cidr/* parseCidr */.GN)(addressSpace);
    if (!space) {
        diagnostics.push(invalidSpace(addressSpace));
        return { subnets: [], diagnostics };
    }
    const merged = mergeRequests(requests, diagnostics);
    const taken = [];
    const existingByName = new Map();
    for (const subnet of existing) {
        const cidr = (0,core_cidr/* parseCidr */.GN)(subnet.addressPrefix);
        if (!cidr) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.existing-invalid',
                message: `The existing subnet ${subnet.name} has the address prefix "${subnet.addressPrefix}", which is not an IPv4 CIDR; new subnets cannot be placed around it.`,
                hint: 'Check the VNet in the Azure portal (IPv6-only or multi-prefix subnets are not supported) or the observed-state file.',
            });
            continue;
        }
        taken.push({ name: subnet.name, cidr });
        if (!existingByName.has(subnet.name))
            existingByName.set(subnet.name, { subnet, cidr });
    }
    const subnets = [];
    const toPlace = [];
    for (const request of merged) {
        if (!validSize(request, diagnostics))
            continue;
        const found = existingByName.get(request.name);
        if (!found) {
            toPlace.push(request);
            continue;
        }
        if (found.subnet.foreign) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.name-taken',
                message: `The VNet already has a subnet named ${request.name} (${found.subnet.addressPrefix}) that aifactory-flags did not create; it is needed by ${listServices(request.services)}.`,
                hint: 'Rename or remove the other subnet, or use a VNet where this name is free. aifactory-flags never changes subnets it does not own.',
            });
            continue;
        }
        if (found.cidr.prefix !== request.prefixLength) {
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.size-changed',
                message: `Subnet ${request.name} stays ${(0,core_cidr/* formatCidr */.mG)(found.cidr)}: an existing subnet never moves or resizes, although /${request.prefixLength} is now asked for.`,
                hint: `To resize it, switch off ${listServices(request.services)} (the subnet is then deleted), apply, and switch them on again.`,
            });
        }
        if (!(0,core_cidr/* contains */.gR)(space, found.cidr)) {
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.outside-space',
                message: `Subnet ${request.name} (${(0,core_cidr/* formatCidr */.mG)(found.cidr)}) lies outside the address space ${(0,core_cidr/* formatCidr */.mG)(space)}; it is kept where it is.`,
                hint: 'Check addressSpace of this environment in aifactory.yaml: it should cover the VNet’s existing subnets.',
            });
        }
        subnets.push(allocation(request, found.cidr, 'existing'));
    }
    const largestFirst = [...toPlace].sort((a, b) => a.prefixLength - b.prefixLength || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const missing = [];
    for (const request of largestFirst) {
        const cidr = lowestFree(space, request.prefixLength, taken.map((t) => t.cidr));
        if (!cidr) {
            missing.push(request);
            continue;
        }
        taken.push({ name: request.name, cidr });
        subnets.push(allocation(request, cidr, 'new'));
    }
    if (missing.length > 0)
        diagnostics.push(fullDiagnostic(space, missing, taken));
    subnets.sort((a, b) => (0,core_cidr/* parseCidr */.GN)(a.prefix).base - (0,core_cidr/* parseCidr */.GN)(b.prefix).base);
    return { subnets, diagnostics };
}
/** The lowest block of `prefixLength` inside `space`, aligned to its size, that overlaps nothing taken. */
function lowestFree(space, prefixLength, taken) {
    if (prefixLength < space.prefix || prefixLength > 32)
        return undefined;
    const blockSize = 2 ** (32 - prefixLength);
    const end = (0,core_cidr/* last */.HV)(space);
    let base = space.base;
    while (base + blockSize - 1 <= end) {
        const candidate = { base, prefix: prefixLength };
        let blockedUntil = -1;
        for (const range of taken)
            if ((0,core_cidr/* overlaps */.$f)(candidate, range))
                blockedUntil = Math.max(blockedUntil, (0,core_cidr/* last */.HV)(range));
        if (blockedUntil < 0)
            return candidate;
        base = Math.ceil((blockedUntil + 1) / blockSize) * blockSize;
    }
    return undefined;
}
/** Free addresses of `space` and its largest free aligned block, given what is taken. */
function freeSpace(space, taken) {
    const inside = taken
        .filter((t) => (0,core_cidr/* overlaps */.$f)(space, t))
        .map((t) => ({ start: Math.max(t.base, space.base), end: Math.min((0,core_cidr/* last */.HV)(t), (0,core_cidr/* last */.HV)(space)) }))
        .sort((a, b) => a.start - b.start);
    const gaps = [];
    let cursor = space.base;
    for (const r of inside) {
        if (r.start > cursor)
            gaps.push({ start: cursor, end: r.start - 1 });
        cursor = Math.max(cursor, r.end + 1);
    }
    if (cursor <= (0,core_cidr/* last */.HV)(space))
        gaps.push({ start: cursor, end: (0,core_cidr/* last */.HV)(space) });
    let largest;
    for (const gap of gaps) {
        const block = largestAlignedBlock(gap.start, gap.end);
        if (!largest || block.prefix < largest.prefix)
            largest = block;
    }
    return { addresses: gaps.reduce((sum, g) => sum + (g.end - g.start + 1), 0), largest };
}
function largestAlignedBlock(start, end) {
    let best = { base: start, prefix: 32 };
    for (let prefix = 31; prefix >= 0; prefix--) {
        const blockSize = 2 ** (32 - prefix);
        const base = Math.ceil(start / blockSize) * blockSize;
        if (base + blockSize - 1 > end)
            break;
        best = { base, prefix };
    }
    return best;
}
function mergeRequests(requests, diagnostics) {
    const byName = new Map();
    for (const request of requests) {
        const seen = byName.get(request.name);
        if (!seen) {
            byName.set(request.name, { ...request, services: [...new Set(request.services)] });
            continue;
        }
        if (seen.prefixLength !== request.prefixLength) {
            const larger = Math.min(seen.prefixLength, request.prefixLength);
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.size-conflict',
                message: `Subnet ${request.name} is asked for as /${seen.prefixLength} (${listServices(seen.services)}) and as /${request.prefixLength} (${listServices(request.services)}); the larger, /${larger}, is used.`,
            });
            seen.prefixLength = larger;
        }
        if (request.delegation !== undefined && seen.delegation === undefined) {
            seen.delegation = request.delegation;
        }
        else if (request.delegation !== undefined && request.delegation !== seen.delegation) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.delegation-conflict',
                message: `Subnet ${request.name} is delegated to ${seen.delegation} for ${listServices(seen.services)} but to ${request.delegation} for ${listServices(request.services)}; a subnet has one delegation.`,
                hint: 'Switch off one of these services in this environment.',
            });
        }
        for (const service of request.services)
            if (!seen.services.includes(service))
                seen.services.push(service);
    }
    return [...byName.values()];
}
function validSize(request, diagnostics) {
    const p = request.prefixLength;
    if (Number.isInteger(p) && p >= 0 && p <= SMALLEST_SUBNET_PREFIX)
        return true;
    diagnostics.push({
        severity: 'error',
        code: 'subnets.invalid-size',
        message: `Subnet ${request.name} asks for /${p}, which Azure cannot create: the prefix length must be a whole number up to /${SMALLEST_SUBNET_PREFIX}.`,
    });
    return false;
}
function allocation(request, cidr, origin) {
    const result = {
        name: request.name,
        prefix: (0,core_cidr/* formatCidr */.mG)(cidr),
        origin,
        services: [...request.services],
    };
    if (request.delegation !== undefined)
        result.delegation = request.delegation;
    return result;
}
function fullDiagnostic(space, missing, taken) {
    const needed = missing.reduce((sum, r) => sum + 2 ** (32 - r.prefixLength), 0);
    const free = freeSpace(space, taken.map((t) => t.cidr));
    const list = missing.map((r) => `${r.name} (/${r.prefixLength}, ${2 ** (32 - r.prefixLength)} addresses)`);
    const largest = free.largest
        ? `; the largest free aligned block is ${(0,core_cidr/* formatCidr */.mG)(free.largest)} (${(0,core_cidr/* size */.Ej)(free.largest)} addresses)`
        : '';
    const users = [...new Set(missing.flatMap((r) => r.services))];
    return {
        severity: 'error',
        code: 'subnets.full',
        message: `The address space ${(0,core_cidr/* formatCidr */.mG)(space)} has no room for subnet${missing.length > 1 ? 's' : ''} ${list.join(', ')}: ` +
            `${needed} addresses are needed, ${free.addresses} of ${(0,core_cidr/* size */.Ej)(space)} are free${largest}.`,
        hint: `Give this environment a larger addressSpace in aifactory.yaml (existing subnets keep their place), ` +
            `or switch off ${listServices(users)}.`,
    };
}
function invalidSpace(text) {
    const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
    let hint = 'Write an IPv4 range such as 10.10.0.0/16.';
    if (m && Number(m[2]) <= 32 && m[1].split('.').every((o) => Number(o) <= 255)) {
        const octets = m[1].split('.').map(Number);
        const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
        const prefix = Number(m[2]);
        const maskBits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
        hint = `The host bits must be zero: did you mean ${(0,core_cidr/* formatCidr */.mG)({ base: (address & maskBits) >>> 0, prefix })}?`;
    }
    return {
        severity: 'error',
        code: 'subnets.address-space',
        message: `The address space "${text}" is not a valid IPv4 CIDR range, so no subnets can be allocated.`,
        hint,
    };
}
function listServices(services) {
    if (services.length === 0)
        return 'no service';
    return services.join(', ');
}

// EXTERNAL MODULE: ./build/core/resources/catalog-resources.js
var catalog_resources = __nccwpck_require__(6195);
// EXTERNAL MODULE: ./build/core/resources/context.js
var context = __nccwpck_require__(3343);
// EXTERNAL MODULE: ./build/core/resources/diagnostics.js
var resources_diagnostics = __nccwpck_require__(512);
// EXTERNAL MODULE: ./build/core/resources/draft.js
var draft = __nccwpck_require__(5663);
// EXTERNAL MODULE: ./build/core/resources/endpoints.js
var endpoints = __nccwpck_require__(8602);
// EXTERNAL MODULE: ./build/core/resources/placeholders.js
var placeholders = __nccwpck_require__(1468);
// EXTERNAL MODULE: ./build/core/resources/roles.js
var roles = __nccwpck_require__(7765);
// EXTERNAL MODULE: ./build/core/resources/subnets.js
var resources_subnets = __nccwpck_require__(2358);
;// CONCATENATED MODULE: ./build/core/desired.js
// The desired state of one project environment: which services are on and why, and every ARM resource they
// consist of with its final name, id, body, tags, hash and dependencies. Pure: config + catalog + observed
// subnets in, data out; problems come back as diagnostics, never as exceptions.












const NETWORK_SERVICE = 'network';
const IDENTITY_SERVICE = 'managedIdentity';
const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';
const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';
function buildDesiredState(config, env, catalog, observed, options) {
    return buildDesired(config, env, catalog, observed, options).state;
}
/** Also returns what the planner needs besides the state: the context and the enabled services. */
function buildDesired(config, env, catalog, observed, options, 
/** Services to build as if they were on (the planner uses it to name what a delete must clean up). */
extraServices = []) {
    const ctx = (0,context/* createContext */.q6)(config, env, catalog, { tenantId: options.tenantId });
    const diagnostics = ctx.diagnostics;
    const enablement = (0,core_enablement/* enabledServices */["in"])(config, env, catalog);
    diagnostics.push(...enablement.diagnostics);
    const enabled = [...enablement.services];
    for (const extra of extraServices) {
        if (!enabled.some((s) => s.id === extra) && catalog.services.some((s) => s.id === extra)) {
            enabled.push({ id: extra, reason: { kind: 'implied', by: [] } });
        }
    }
    const services = catalog.services.filter((s) => enabled.some((e) => e.id === s.id));
    const enabledIds = new Set(services.map((s) => s.id));
    // 1. Names and ids of every catalog resource first, so any body can refer to any other resource.
    const named = new Map();
    const naming = new Set();
    const nameOf = (service) => {
        const done = named.get(service.id);
        if (done)
            return done;
        if (naming.has(service.id))
            return []; // a parent loop between services: reported as a missing parent
        naming.add(service.id);
        const list = (0,catalog_resources/* nameServiceResources */.ep)(ctx, service, diagnostics, (other, key) => {
            const def = services.find((s) => s.id === other);
            if (!def)
                return 'off';
            const resources = nameOf(def);
            return key ? resources.find((r) => r.spec.key === key) : resources[0];
        });
        named.set(service.id, list);
        return list;
    };
    for (const service of services)
        nameOf(service);
    // 2. Subnets: existing ones never move; the allocator places the rest.
    const requests = (0,resources_subnets/* subnetRequests */.aF)(ctx, services, diagnostics);
    let subnets = [];
    if (requests.length > 0) {
        const allocated = allocateSubnets(ctx.envConfig.addressSpace, requests, observed.subnets ?? []);
        subnets = allocated.subnets;
        diagnostics.push(...allocated.diagnostics);
    }
    const allocatedNames = new Set(subnets.map((s) => s.name));
    // 3. Bodies of the catalog resources, placeholders resolved.
    const drafts = [];
    const byRef = refIndex(named);
    const identities = (named.get(IDENTITY_SERVICE) ?? []).filter((r) => r.spec.type === IDENTITY_TYPE);
    for (const service of services) {
        for (const resource of named.get(service.id) ?? []) {
            const resolved = (0,placeholders/* resolvePlaceholders */.P)((0,catalog_resources/* bodyOf */.EN)(ctx, service, resource.spec), (kind, arg) => resolve(kind, arg, { ctx, service, resource, byRef, allocatedNames, enabledIds, identities }));
            for (const error of resolved.errors) {
                diagnostics.push({
                    severity: 'error',
                    // The tenant may come from the host at plan time (--tenant-id): validate words this one differently.
                    code: error.startsWith('{{tenantId}}') ? 'desired.tenant' : 'desired.placeholder',
                    message: `${service.id}: resource '${resource.spec.key}' (${resource.spec.type}): ${error}`,
                });
            }
            const body = { ...resolved.body };
            if (resource.spec.type === context/* RESOURCE_GROUP_TYPE */.Ei)
                body.location ??= ctx.location;
            const dependsOn = resolved.dependsOn.filter((id) => id !== resource.id);
            if (resource.parentId)
                dependsOn.unshift(resource.parentId);
            drafts.push({
                service: service.id,
                key: resource.item ? `${resource.spec.key}:${String(resource.item.name)}` : resource.spec.key,
                id: resource.id,
                type: resource.spec.type,
                apiVersion: resource.spec.apiVersion,
                name: resource.armName,
                resourceGroup: resource.resourceGroup.name,
                subscriptionId: ctx.subscriptionId,
                ...(resource.scope ? { scope: resource.scope } : {}),
                body,
                dependsOn: resource.scope && !dependsOn.includes(resource.scope) ? [resource.scope, ...dependsOn] : dependsOn,
                role: resource.parentId ? 'child' : 'main',
            });
        }
    }
    // 4. Resources generated around the services.
    const subnetOwner = enabledIds.has(NETWORK_SERVICE) ? NETWORK_SERVICE : requests[0]?.services[0];
    const nsg = (named.get(NETWORK_SERVICE) ?? []).find((r) => r.spec.type === NSG_TYPE);
    const ownVnet = ctx.vnet?.ours ? drafts.find((d) => d.id === ctx.vnet.id) : undefined;
    if (ownVnet) {
        // A VNet PUT is the whole truth on Azure: subnets its body leaves out are deleted (or the PUT fails with
        // InUseSubnetCannotBeDeleted). Our own VNet therefore carries every allocated subnet inline.
        (0,resources_subnets/* withInlineSubnets */.Qw)(ownVnet, (0,resources_subnets/* subnetBodies */.Mp)(subnets, nsg?.id), nsg?.id);
    }
    else if (subnetOwner) {
        drafts.push(...(0,resources_subnets/* subnetResources */.Vu)(ctx, subnets, subnetOwner, nsg?.id));
    }
    drafts.push(...(0,endpoints/* endpointResources */.PR)({ ctx, services, named, enabled: enabledIds, subnets: allocatedNames, diagnostics }));
    const waits = [];
    drafts.push(...(0,roles/* roleAssignmentResources */.tG)({
        ctx,
        services,
        named,
        diagnostics,
        mustWait: (resourceId, roleId) => waits.push([resourceId, roleId]),
    }));
    // What a service creates only after its roles exist (the capability host after its project's roles).
    for (const [resourceId, roleId] of waits)
        drafts.find((d) => d.id === resourceId)?.dependsOn.push(roleId);
    drafts.push(...(0,resources_diagnostics/* diagnosticSettingsResources */.kN)(ctx, services, named, diagnostics));
    // 5. Resource groups first; dependencies only on resources this state creates; tags and hashes.
    const resources = finalize(ctx, drafts);
    const resourcesByService = new Map();
    for (const r of resources) {
        const list = resourcesByService.get(r.service) ?? [];
        list.push(r);
        resourcesByService.set(r.service, list);
    }
    const desiredServices = services.map((s) => ({
        id: s.id,
        reason: enabled.find((e) => e.id === s.id).reason,
        resources: resourcesByService.get(s.id) ?? [],
    }));
    const state = {
        project: ctx.project,
        environment: env,
        subscriptionId: ctx.subscriptionId,
        location: ctx.location,
        resourceGroups: [ctx.resourceGroups.project, ctx.resourceGroups.common].map((g) => ({
            role: g.role,
            name: g.name,
            id: g.id,
            managed: g.managed,
        })),
        services: desiredServices,
        subnets,
        ownershipTags: { ...ctx.ownershipTags },
        diagnostics: (0,core_diagnostics/* dedupeDiagnostics */.E)(diagnostics),
    };
    return { state, ctx, enabled };
}
function refIndex(named) {
    const index = new Map();
    for (const [service, list] of named) {
        if (list.length > 0 && !index.has(service))
            index.set(service, list[0]);
        for (const r of list)
            if (!index.has(`${service}.${r.spec.key}`))
                index.set(`${service}.${r.spec.key}`, r);
    }
    return index;
}
const KNOWN_PLACEHOLDERS = 'location, tenantId, subscriptionId, addressSpace, name:svc.key, id:svc.key, subnetId:name, subnetName:name, vnetId, identityId, param:path, item:path, principalId:svc, principalId:svc.key';
function resolve(kind, arg, input) {
    const { ctx, service, resource, byRef } = input;
    const ref = (what) => {
        if (!arg)
            return { error: `needs a reference, e.g. {{${what}:keyVault.vault}}` };
        const found = byRef.get(arg);
        if (found)
            return found;
        const svc = arg.split('.')[0];
        return {
            error: input.enabledIds.has(svc)
                ? `'${arg}' is no resource of ${svc}`
                : `refers to '${svc}', which is off in environment '${ctx.env}'`,
        };
    };
    switch (kind) {
        case 'location':
            return { value: ctx.location };
        case 'subscriptionId':
            return { value: ctx.subscriptionId };
        case 'addressSpace':
            return { value: ctx.envConfig.addressSpace };
        case 'tenantId':
            return ctx.tenantId
                ? { value: ctx.tenantId }
                : { error: `needs the tenant id: set environments.${ctx.env}.tenantId or pass --tenant-id` };
        case 'name': {
            const r = ref('name');
            return 'error' in r ? r : { value: r.name };
        }
        case 'id': {
            const r = ref('id');
            return 'error' in r ? r : { value: r.id, dependsOn: r.id };
        }
        case 'subnetId': {
            if (!arg)
                return { error: 'needs a subnet name, e.g. {{subnetId:genai}}' };
            const azureName = (0,context/* subnetAzureName */.qM)(ctx, arg);
            if (!ctx.vnet)
                return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
            if (!input.allocatedNames.has(azureName))
                return { error: `no enabled service asks for subnet '${arg}'` };
            const id = `${ctx.vnet.id}/subnets/${azureName}`;
            // Our own VNet carries its subnets inline: what needs a subnet waits for the VNet.
            return { value: id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : id };
        }
        case 'subnetName': {
            if (!arg)
                return { error: 'needs a subnet name, e.g. {{subnetName:dbxpub}}' };
            const azureName = (0,context/* subnetAzureName */.qM)(ctx, arg);
            if (!input.allocatedNames.has(azureName))
                return { error: `no enabled service asks for subnet '${arg}'` };
            return {
                value: azureName,
                dependsOn: ctx.vnet
                    ? ctx.vnet.ours
                        ? ctx.vnet.id
                        : `${ctx.vnet.id}/subnets/${azureName}`
                    : undefined,
            };
        }
        case 'vnetId':
            if (!ctx.vnet)
                return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
            return { value: ctx.vnet.id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : undefined };
        case 'identityId': {
            const identity = input.identities[0];
            return identity
                ? { value: identity.id, dependsOn: identity.id }
                : { error: `'${IDENTITY_SERVICE}' is off` };
        }
        case 'param': {
            if (!arg)
                return { error: 'needs a path, e.g. {{param:sku}}' };
            const value = (0,catalog_resources/* serviceOption */.N)(ctx, service, arg);
            return value === undefined ? { error: `set services.${service.id}.${arg} in the config` } : { value };
        }
        case 'item': {
            if (!resource.item)
                return { error: 'only resources with forEach have items' };
            const value = arg ? (0,placeholders/* getPath */.Y)(resource.item, arg) : resource.item;
            return value === undefined
                ? {
                    error: `entry '${String(resource.item.name)}' of services.${service.id}.${resource.spec.forEach} has no '${arg}'`,
                }
                : { value };
        }
        case 'principalId': {
            if (!arg)
                return { error: 'needs a service or resource, e.g. {{principalId:aiFoundry.project}}' };
            const identity = ref('principalId');
            return 'error' in identity ? identity : { keep: true, dependsOn: identity.id };
        }
        default:
            return { error: `unknown placeholder; known: ${KNOWN_PLACEHOLDERS}` };
    }
}
/**
 * Adds the resource-group dependency, drops dependencies on resources this state does not create, writes tags
 * on tracked resources and computes hashes. The first tracked main resource of a service (its anchor) also
 * hashes the service's untagged resources (children, role assignments, diagnostic settings, subnets), so a
 * change in any of them shows as drift of the service.
 */
function finalize(ctx, drafts) {
    const ids = new Set();
    const unique = [];
    for (const d of drafts) {
        if (ids.has(d.id))
            continue;
        ids.add(d.id);
        unique.push(d);
    }
    const groupIds = new Map(Object.values(ctx.resourceGroups)
        .filter((g) => g.managed)
        .map((g) => [g.name, g.id]));
    const resources = unique.map((d) => {
        const dependsOn = new Set();
        const groupId = groupIds.get(d.resourceGroup);
        if (groupId && groupId !== d.id)
            dependsOn.add(groupId);
        for (const id of d.dependsOn)
            if (id !== d.id && ids.has(id))
                dependsOn.add(id);
        const body = { ...d.body };
        if ((0,draft/* isTracked */.Xz)(d)) {
            const own = d.body.tags ?? {};
            body.tags = { ...ctx.config.project.tags, ...own, ...ctx.ownershipTags, [context/* TAG_SERVICE */.Fj]: d.service };
        }
        return {
            ...d,
            body,
            dependsOn: [...dependsOn],
            hash: (0,hash/* shortHash */.BC)({ type: d.type, apiVersion: d.apiVersion, body }),
        };
    });
    const anchors = new Map();
    for (const r of resources)
        if (r.role === 'main' && (0,draft/* isTracked */.Xz)(r) && !anchors.has(r.service))
            anchors.set(r.service, r);
    for (const r of resources)
        if ((0,draft/* isTracked */.Xz)(r) && !anchors.has(r.service))
            anchors.set(r.service, r);
    for (const [service, anchor] of anchors) {
        const untracked = resources
            .filter((r) => r.service === service && !(0,draft/* isTracked */.Xz)(r))
            .map((r) => [r.id.toLowerCase(), r.hash])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        if (untracked.length > 0)
            anchor.hash = (0,hash/* shortHash */.BC)({ own: anchor.hash, covers: untracked });
    }
    for (const r of resources) {
        if ((0,draft/* isTracked */.Xz)(r))
            r.body = { ...r.body, tags: { ...r.body.tags, [context/* TAG_HASH */.YF]: r.hash } };
    }
    return resources;
}


/***/ }),

/***/ 6450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ dedupeDiagnostics)
/* harmony export */ });
/** Drops repeats of the same finding (one check can meet the same problem through several paths). */
function dedupeDiagnostics(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.severity}|${d.code}|${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   "in": () => (/* binding */ enabledServices)
/* harmony export */ });
/* unused harmony export availableInMode */
/** Base flags overlaid by the environment's flags, with where each value came from. */
function effectiveFlags(config, env) {
    const flags = new Map();
    for (const [id, on] of Object.entries(config.flags ?? {}))
        flags.set(id, { on, environment: false });
    for (const [id, on] of Object.entries(config.environments[env]?.flags ?? {}))
        flags.set(id, { on, environment: true });
    return flags;
}
function availableInMode(def, config) {
    return !def.modes || def.modes.includes(config.network.mode);
}
/**
 * Computes the services that are on. The config is assumed valid (parseConfig reports unknown flags and
 * `requires` violations with their lines); this still guards, so a broken caller gets a diagnostic, not a
 * plan that silently lacks a service.
 */
function enabledServices(config, env, catalog) {
    const diagnostics = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    const reasons = new Map();
    const flags = effectiveFlags(config, env);
    for (const def of catalog.services) {
        if (def.baseline.includes(config.architecture))
            reasons.set(def.id, { kind: 'baseline', architecture: config.architecture });
    }
    for (const [id, flag] of flags) {
        if (!flag.on || reasons.has(id))
            continue;
        if (!byId.has(id)) {
            diagnostics.push({
                severity: 'error',
                code: 'flags.unknown',
                message: `flag '${id}' names no service of the catalog`,
                hint: 'run `aifactory catalog` for the list of services',
            });
            continue;
        }
        reasons.set(id, { kind: 'flag', environment: flag.environment });
    }
    // Implied services, to a fixed point; a service implied by several lists all of them (sorted by catalog order).
    const implied = new Map();
    let queue = [...reasons.keys()];
    while (queue.length > 0) {
        const next = [];
        for (const id of queue) {
            for (const target of byId.get(id)?.implies ?? []) {
                if (!byId.has(target))
                    continue;
                const by = implied.get(target) ?? new Set();
                by.add(id);
                implied.set(target, by);
                if (!reasons.has(target)) {
                    reasons.set(target, { kind: 'implied', by: [] });
                    next.push(target);
                }
            }
        }
        queue = next;
    }
    const order = new Map(catalog.services.map((s, i) => [s.id, i]));
    for (const [target, by] of implied) {
        const reason = reasons.get(target);
        if (reason?.kind === 'implied') {
            reason.by = [...by].filter((b) => reasons.has(b)).sort((a, b) => order.get(a) - order.get(b));
        }
    }
    const services = [];
    for (const def of catalog.services) {
        const reason = reasons.get(def.id);
        if (!reason)
            continue;
        if (!availableInMode(def, config)) {
            // Baseline services that do not apply in this landing-zone mode are simply absent (e.g. the private DNS
            // zones are the hub's in hub-spoke); a service switched on by a flag is a mistake worth saying.
            if (reason.kind === 'flag') {
                diagnostics.push({
                    severity: 'error',
                    code: 'flags.mode',
                    message: `'${def.id}' is not available in network mode '${config.network.mode}'`,
                    hint: `it is available in: ${def.modes.join(', ')}; switch the flag off or change network.mode`,
                });
            }
            continue;
        }
        services.push({ id: def.id, reason });
    }
    const on = new Set(services.map((s) => s.id));
    for (const s of services) {
        for (const needed of byId.get(s.id).requires) {
            if (!on.has(needed)) {
                diagnostics.push({
                    severity: 'error',
                    code: 'flags.requires',
                    message: `'${s.id}' requires '${needed}', which is off in '${env}'`,
                    hint: `set flags.${needed}: true, or switch '${s.id}' off`,
                });
            }
        }
    }
    return { services, diagnostics };
}
/** Human wording of a reason, for the plan. */
function describeReason(reason, env) {
    switch (reason.kind) {
        case 'baseline':
            return `baseline of ${reason.architecture}`;
        case 'flag':
            return reason.environment ? `flag on in environment '${env}'` : 'flag on';
        case 'implied':
            return `implied by ${reason.by.join(', ')}`;
    }
}


/***/ }),

/***/ 7384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   wj: () => (/* binding */ deterministicGuid)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
// Stable hashing: the same value always gives the same text and hash, on every host and Node version, so two
// machines planning the same input write byte-identical plans.

/**
 * JSON with object keys sorted at every level and `undefined` members dropped. Arrays keep their order:
 * order in a list is meaning (a cleanup sequence, a list of address prefixes).
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => (v === undefined ? null : sortKeys(v)));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The hash written as the `aifactory-hash` tag: 16 hex characters (64 bits) of the canonical JSON's sha256. */
function shortHash(value) {
    return sha256Hex(canonicalJson(value)).slice(0, 16);
}
/**
 * A GUID-shaped value derived from the parts (role assignment names must be GUIDs and must not change between
 * runs, or every plan would recreate them). Version 5 and RFC 4122 variant bits are set so it parses as a
 * well-formed UUID everywhere.
 */
function deterministicGuid(...parts) {
    const hex = sha256Hex(parts.map((p) => `${p.length}:${p}`).join(';'));
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return [
        hex.slice(0, 8),
        hex.slice(8, 12),
        `5${hex.slice(13, 16)}`,
        `${variant}${hex.slice(17, 20)}`,
        hex.slice(20, 32),
    ].join('-');
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ buildName),
/* harmony export */   GZ: () => (/* binding */ computeSalt),
/* harmony export */   Lv: () => (/* binding */ nameContext),
/* harmony export */   kQ: () => (/* binding */ formatProjectNumber)
/* harmony export */ });
/* unused harmony exports NAME_TOKENS, itemBudget, checkName, checkNameRule */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
// Resource names: built from a catalog pattern, then checked against Azure's rules for the type, so a name
// that cannot fit fails at validate time with a precise message instead of at deploy time.

/** Tokens filled from the context. `{item}` (and its synonym `{suffix}`) come from the `item` argument. */
const NAME_TOKENS = [
    'prefix',
    'project',
    'projectNumber',
    'env',
    'location',
    'loc',
    'scaleSet',
    'salt',
    'item',
    'suffix',
];
const TOKEN = /\{([A-Za-z]+)\}/g;
const SALT_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = LETTERS + '0123456789';
/**
 * A short, stable, well-spread value that makes globally unique names unique: 5 characters [a-z0-9], the first
 * a letter (several resource types must start with one). The same parts always give the same salt; the parts
 * are length-prefixed so ('ab', 'c') and ('a', 'bc') differ. 26·36⁴ ≈ 43.7 million values.
 */
function computeSalt(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts)
        hash.update(`${part.length}:${part};`);
    // 64 bits of the digest, reduced: the bias of the modulo is below 1e-11, far under anything observable.
    let value = hash.digest().readBigUInt64BE(0);
    let salt = '';
    for (let i = 0; i < SALT_LENGTH; i++) {
        const alphabet = i === 0 ? LETTERS : ALPHANUMERIC;
        const base = BigInt(alphabet.length);
        salt += alphabet[Number(value % base)];
        value /= base;
    }
    return salt;
}
/** `1` → `001`: the project number as today's AI Factory writes it in names. */
function formatProjectNumber(n) {
    return String(n).padStart(3, '0');
}
/** Builds the full context from config values, with the padding conventions of today's pipelines. */
function nameContext(input) {
    const projectNumber = formatProjectNumber(input.projectNumber);
    return {
        prefix: input.prefix,
        project: `prj${projectNumber}`,
        projectNumber,
        env: input.env,
        location: input.location,
        loc: input.loc,
        scaleSet: input.scaleSet,
        salt: input.salt,
    };
}
/**
 * Fills the pattern's tokens, applies `stripHyphens` and `lowercase`, then checks the result. `resourceType`
 * only makes messages name the type ("… the limit for Microsoft.Storage/storageAccounts is 24").
 */
function buildName(rule, ctx, item, resourceType) {
    const unknown = [];
    let missingItem = false;
    let name = rule.pattern.replace(TOKEN, (whole, token) => {
        switch (token) {
            case 'item':
                if (item === undefined)
                    missingItem = true;
                return item ?? '';
            case 'suffix':
                return item ?? '';
            case 'prefix':
            case 'project':
            case 'projectNumber':
            case 'env':
            case 'location':
            case 'loc':
            case 'scaleSet':
            case 'salt':
                return ctx[token];
            default:
                unknown.push(whole);
                return whole;
        }
    });
    if (rule.stripHyphens)
        name = name.replace(/-/g, '');
    if (rule.lowercase)
        name = name.toLowerCase();
    const subject = resourceType ? ` for ${resourceType}` : '';
    if (unknown.length > 0) {
        return {
            name,
            code: 'names.unknown-token',
            problem: `the name pattern "${rule.pattern}"${subject} uses unknown token${unknown.length > 1 ? 's' : ''} ` +
                `${unknown.join(', ')}; known tokens: ${NAME_TOKENS.map((t) => `{${t}}`).join(' ')}`,
        };
    }
    if (missingItem) {
        return {
            name,
            code: 'names.missing-item',
            problem: `the name pattern "${rule.pattern}"${subject} needs {item} (the entry's name) but none was given`,
        };
    }
    const problem = checkName(rule, name, resourceType);
    return problem ? { name, problem: problem.message, code: problem.code } : { name };
}
/**
 * How many characters a `{item}` (a user-chosen entry name, e.g. a container app) may have so the whole name
 * stays within the rule's maximum, for config validation that wants to say "at most N characters" up front.
 */
function itemBudget(rule, ctx) {
    const withoutItem = buildName({ ...rule, pattern: rule.pattern.replace(/\{(item|suffix)\}/g, '') }, ctx);
    return rule.maxLength - withoutItem.name.length;
}
/** Checks a finished name against the rule's length and charset; undefined when it is valid. */
function checkName(rule, name, resourceType) {
    const limitOf = resourceType ? `the limit for ${resourceType}` : 'the limit';
    const chars = (n) => `${n} character${n === 1 ? '' : 's'}`;
    if (name.length > rule.maxLength) {
        return {
            code: 'names.too-long',
            message: `"${name}" is ${chars(name.length)}, ${limitOf} is ${rule.maxLength}`,
        };
    }
    if (name.length < rule.minLength) {
        return {
            code: 'names.too-short',
            message: `"${name}" is ${chars(name.length)}, the minimum${resourceType ? ` for ${resourceType}` : ''} is ${rule.minLength}`,
        };
    }
    if (!allowedPattern(rule.allowed).test(name)) {
        const why = charsetHint(rule, name);
        return {
            code: 'names.invalid-characters',
            message: `"${name}" is not a valid name${resourceType ? ` for ${resourceType}` : ''}: ${rule.allowedText}${why ? ` (${why})` : ''}`,
        };
    }
    return undefined;
}
/**
 * Problems with a rule itself, found without any input: unknown tokens, a globally unique type whose pattern
 * lacks `{salt}` (two tenants with the same prefix and project would collide), or limits that contradict.
 */
function checkNameRule(rule, resourceType) {
    const subject = resourceType ? `${resourceType}: ` : '';
    const problems = [];
    const tokens = [...rule.pattern.matchAll(TOKEN)].map((m) => m[1]);
    for (const token of tokens) {
        if (!NAME_TOKENS.includes(token)) {
            problems.push(`${subject}unknown token {${token}} in "${rule.pattern}"`);
        }
    }
    if (rule.uniqueness === 'global' && !tokens.includes('salt')) {
        problems.push(`${subject}names must be globally unique but "${rule.pattern}" has no {salt}`);
    }
    if (rule.minLength > rule.maxLength) {
        problems.push(`${subject}minLength ${rule.minLength} is above maxLength ${rule.maxLength}`);
    }
    try {
        allowedPattern(rule.allowed);
    }
    catch (e) {
        problems.push(`${subject}allowed is not a regular expression: ${e.message}`);
    }
    return problems;
}
const compiled = new Map();
function allowedPattern(source) {
    let re = compiled.get(source);
    if (!re) {
        re = new RegExp(`^(?:${source})$`);
        compiled.set(source, re);
    }
    return re;
}
/** A guess at the most likely reason a name fails the charset, for the message; undefined when unsure. */
function charsetHint(rule, name) {
    const re = allowedPattern(rule.allowed);
    if (name !== name.toLowerCase() && re.test(name.toLowerCase()))
        return 'it has upper-case letters';
    if (/--/.test(name) && re.test(name.replace(/-+/g, '-')))
        return "it contains '--'";
    if (/^[^A-Za-z]/.test(name) && re.test(`a${name.slice(1)}`))
        return `it starts with '${name[0]}'`;
    if (/[^A-Za-z0-9]$/.test(name) && re.test(`${name.slice(0, -1)}a`))
        return `it ends with '${name[name.length - 1]}'`;
    if (name.includes('-') && re.test(name.replace(/-/g, '')))
        return "it contains '-'";
    const odd = [...new Set(name.replace(/[A-Za-z0-9-]/g, ''))];
    if (odd.length > 0)
        return `it contains ${odd.map((c) => `'${c}'`).join(', ')}`;
    return undefined;
}


/***/ }),

/***/ 3432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  O: () => (/* binding */ comparePlans)
});

// EXTERNAL MODULE: ./build/core/diagnostics.js
var core_diagnostics = __nccwpck_require__(6450);
// EXTERNAL MODULE: ./build/core/enablement.js
var enablement = __nccwpck_require__(655);
// EXTERNAL MODULE: ./build/core/desired.js + 1 modules
var core_desired = __nccwpck_require__(2236);
// EXTERNAL MODULE: ./build/core/hash.js
var hash = __nccwpck_require__(7384);
// EXTERNAL MODULE: ./build/core/version.js
var version = __nccwpck_require__(8614);
;// CONCATENATED MODULE: ./build/core/fingerprint.js
// The fingerprint of a plan: a hash of everything it was computed from, so an apply can refuse a plan that no
// longer matches reality, and say which input changed. Only stable, host-independent values go in: no paths,
// no times, no order that depends on how Azure happened to list things.


const digest = (value) => `sha256:${(0,hash/* sha256Hex */.fg)((0,hash/* canonicalJson */.dj)(value))}`;
/** The config without where it came from: moving or re-indenting the file changes nothing. */
function normalizeConfig(config, env) {
    const { file: _file, locations: _locations, ...rest } = config;
    return { config: rest, environment: env };
}
/** Only what the planner reads from the observed state, in a canonical order. */
function normalizeObserved(observed) {
    const byKey = (items, key) => [...items].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return {
        subscriptionId: observed.subscriptionId?.toLowerCase(),
        resourceGroups: byKey(observed.resourceGroups ?? [], (g) => g.name.toLowerCase()).map((g) => ({
            name: g.name.toLowerCase(),
            exists: g.exists,
            tags: ownTags(g.tags),
        })),
        resources: byKey(observed.resources ?? [], (r) => r.id.toLowerCase()).map((r) => ({
            id: r.id.toLowerCase(),
            type: r.type.toLowerCase(),
            tags: ownTags(r.tags),
            provisioningState: r.provisioningState,
            properties: r.properties,
        })),
        subnets: byKey(observed.subnets ?? [], (s) => s.name.toLowerCase()).map((s) => ({
            name: s.name.toLowerCase(),
            addressPrefix: s.addressPrefix,
            foreign: s.foreign,
        })),
        softDeleted: byKey(observed.softDeleted ?? [], (s) => `${s.type.toLowerCase()}/${s.name.toLowerCase()}`),
    };
}
/** The tags this tool reads (`aifactory-*`), keys lower-cased: other tags do not change a plan. */
function ownTags(tags) {
    if (!tags)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase().startsWith('aifactory-'))
            out[k.toLowerCase()] = v;
    return Object.keys(out).length > 0 ? out : undefined;
}
function normalizeOptions(options) {
    return { allowDestroy: [...new Set(options.allowDestroy ?? [])].sort(), tenantId: options.tenantId };
}
function planInputs(config, env, observed, options) {
    return {
        config: digest(normalizeConfig(config, env)),
        observed: digest(normalizeObserved(observed)),
        options: digest(normalizeOptions(options)),
    };
}
function planFingerprint(inputs, catalog) {
    return digest({ tool: version/* TOOL_VERSION */.w, catalog: catalog.version, inputs });
}

;// CONCATENATED MODULE: ./build/core/graph.js
// The dependency graph as data: create order, delete order, cycles and the critical path.
// Every result is deterministic for the same input, so two hosts given the same config print the same plan.
/**
 * Create order (dependencies first) by Kahn's algorithm; when several nodes are ready, the one earliest in
 * `nodes` goes first. Edges to nodes not in `nodes` are ignored (a service that is off is no prerequisite).
 * On a cycle, returns its exact members as `a → b → … → a` (a depends on b, …, the last depends on a),
 * starting at the member that comes first in `nodes`.
 */
function topoOrder(nodes, deps) {
    return kahn(nodes, (n) => deps.get(n) ?? []);
}
/**
 * Delete order: dependents first (a node goes only after everything that depends on it has gone); ties broken
 * by input order. A cycle is reported in the same direction as `topoOrder` does.
 */
function reverseTopoOrder(nodes, deps) {
    const result = topoOrder(nodes, deps);
    if ('cycle' in result)
        return result;
    const dependents = reverseDeps(deps);
    return kahn(nodes, (n) => dependents.get(n) ?? []);
}
/** The graph with every edge turned around: node → the nodes that depend on it (in `deps` key order). */
function reverseDeps(deps) {
    const out = new Map();
    for (const [node, needs] of deps) {
        for (const need of needs) {
            const list = out.get(need) ?? [];
            if (!list.includes(node))
                list.push(node);
            out.set(need, list);
        }
    }
    return out;
}
/** Every node that depends on `id`, directly or through others (not `id` itself unless on a cycle). */
function transitiveDependents(id, deps) {
    return reachable(id, reverseDeps(deps));
}
/** Every node `id` depends on, directly or through others. */
function transitiveDependencies(id, deps) {
    return reachable(id, deps);
}
/**
 * The longest chain of dependent nodes by `seconds`: the lower bound of the time to run `order` with unbounded
 * parallelism. `order` must be a topological order (dependencies first); the path is returned in that
 * direction. Ties go to the node earliest in `order`.
 */
function criticalPath(order, deps, seconds) {
    const position = new Map(order.map((n, i) => [n, i]));
    const finish = new Map();
    const via = new Map();
    for (const node of order) {
        let best;
        let bestFinish = 0;
        for (const need of deps.get(node) ?? []) {
            const f = finish.get(need);
            if (f === undefined)
                continue; // not in the order, or (with a bad order) not yet placed
            if (best === undefined ||
                f > bestFinish ||
                (f === bestFinish && position.get(need) < position.get(best))) {
                best = need;
                bestFinish = f;
            }
        }
        finish.set(node, bestFinish + Math.max(0, seconds(node)));
        via.set(node, best);
    }
    let end;
    let total = 0;
    for (const node of order) {
        const f = finish.get(node);
        if (end === undefined || f > total) {
            end = node;
            total = f;
        }
    }
    const path = [];
    for (let n = end; n !== undefined; n = via.get(n))
        path.push(n);
    return { seconds: total, path: path.reverse() };
}
/** Formats a cycle from `topoOrder` for messages: `a → b → a`. */
function formatCycle(cycle) {
    return cycle.join(' → ');
}
function kahn(nodes, needsOf) {
    const unique = [...new Set(nodes)];
    const index = new Map(unique.map((n, i) => [n, i]));
    const remaining = new Map();
    const dependents = new Map();
    for (const node of unique) {
        const needs = [...new Set(needsOf(node))].filter((d) => index.has(d));
        remaining.set(node, needs.length);
        for (const need of needs) {
            const list = dependents.get(need) ?? [];
            list.push(node);
            dependents.set(need, list);
        }
    }
    const ready = new MinHeap();
    for (const node of unique)
        if (remaining.get(node) === 0)
            ready.push(index.get(node));
    const order = [];
    while (ready.size > 0) {
        const node = unique[ready.pop()];
        order.push(node);
        for (const dependent of dependents.get(node) ?? []) {
            const left = remaining.get(dependent) - 1;
            remaining.set(dependent, left);
            if (left === 0)
                ready.push(index.get(dependent));
        }
    }
    if (order.length === unique.length)
        return { order };
    const stuck = new Set(unique.filter((n) => remaining.get(n) > 0));
    return { cycle: findCycle(unique, stuck, (n) => needsOf(n).filter((d) => stuck.has(d))) };
}
/**
 * Every node left over by Kahn either sits on a cycle or depends on one, so walking "depends on" edges inside
 * the left-over set must come back to a node already seen. The walk starts at the earliest left-over node
 * and always takes its earliest left-over dependency, which keeps the reported cycle deterministic.
 */
function findCycle(nodes, stuck, needsOf) {
    const index = new Map(nodes.map((n, i) => [n, i]));
    const byInputOrder = (a, b) => index.get(a) - index.get(b);
    const start = nodes.find((n) => stuck.has(n));
    const seenAt = new Map();
    const walk = [];
    let current = start;
    while (!seenAt.has(current)) {
        seenAt.set(current, walk.length);
        walk.push(current);
        current = [...needsOf(current)].sort(byInputOrder)[0];
    }
    const cycle = walk.slice(seenAt.get(current));
    // Rotate so the cycle starts at its member earliest in the input: the same cycle always reads the same.
    const first = cycle.reduce((a, b) => (index.get(b) < index.get(a) ? b : a));
    const at = cycle.indexOf(first);
    const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
    return [...rotated, rotated[0]];
}
function reachable(id, edges) {
    const seen = new Set();
    const queue = [...(edges.get(id) ?? [])];
    while (queue.length > 0) {
        const next = queue.shift();
        if (seen.has(next))
            continue;
        seen.add(next);
        queue.push(...(edges.get(next) ?? []));
    }
    return [...seen];
}
/** A binary min-heap of input positions: the ready node earliest in the input comes out first. */
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (a[parent] <= a[i])
                break;
            [a[parent], a[i]] = [a[i], a[parent]];
            i = parent;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const lastItem = a.pop();
        if (a.length > 0) {
            a[0] = lastItem;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let smallest = i;
                if (l < a.length && a[l] < a[smallest])
                    smallest = l;
                if (r < a.length && a[r] < a[smallest])
                    smallest = r;
                if (smallest === i)
                    break;
                [a[smallest], a[i]] = [a[i], a[smallest]];
                i = smallest;
            }
        }
        return top;
    }
}

// EXTERNAL MODULE: ./build/core/resources/context.js
var context = __nccwpck_require__(3343);
// EXTERNAL MODULE: ./build/core/resources/diagnostics.js
var diagnostics = __nccwpck_require__(512);
// EXTERNAL MODULE: ./build/core/resources/draft.js
var draft = __nccwpck_require__(5663);
// EXTERNAL MODULE: ./build/core/resources/endpoints.js
var endpoints = __nccwpck_require__(8602);
// EXTERNAL MODULE: ./build/core/resources/roles.js
var roles = __nccwpck_require__(7765);
// EXTERNAL MODULE: ./build/core/resources/subnets.js
var subnets = __nccwpck_require__(2358);
;// CONCATENATED MODULE: ./build/core/planning/cleanup.js
// What removing a service deletes, step by step in the catalog's cleanup order, as resource ids. The ids come
// from what Azure holds under the service's tag, plus the untagged resources (role assignments, diagnostic
// settings, DNS zone groups, children) that the service would have, computed the same way as on create.






const SOFT_DELETE_TYPES = new Set([
    'microsoft.keyvault/vaults',
    'microsoft.cognitiveservices/accounts',
    'microsoft.machinelearningservices/workspaces',
    'microsoft.apimanagement/service',
]);
const DEFAULT_CLEANUP = [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'resource',
];
function planCleanup(input) {
    const { hypothetical, observedIds, owned } = input;
    const exists = (id) => observedIds.has(id.toLowerCase());
    const info = new Map();
    const remember = (r) => {
        const key = r.id.toLowerCase();
        if (!info.has(key))
            info.set(key, {
                id: r.id,
                type: r.type,
                name: r.name,
                apiVersion: r.apiVersion ?? apiVersionOf(input, r.type),
            });
    };
    for (const r of hypothetical)
        remember(r);
    for (const r of owned)
        remember(r);
    const ofRole = (role) => hypothetical.filter((r) => r.role === role);
    // What Azure holds for the service (tagged, or recorded by this tool's deployments), by cleanup step.
    const ownedIn = (step) => owned.filter((r) => cleanupStepOf(r) === step).map((r) => r.id);
    const endpoints = unique([
        ...ownedIn('privateEndpoints'),
        ...ofRole('privateEndpoint')
            .filter((r) => exists(r.id))
            .map((r) => r.id),
    ]);
    const endpointSet = new Set(endpoints.map((id) => id.toLowerCase()));
    const topLevel = owned.filter((r) => cleanupStepOf(r) === 'resource');
    // Dependents first: reverse of the order the service creates its resources in.
    const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
    const resources = [...topLevel]
        .sort((a, b) => (createOrder.get(b.id.toLowerCase()) ?? -1) - (createOrder.get(a.id.toLowerCase()) ?? -1) ||
        cmp(a.id, b.id))
        .map((r) => r.id);
    const resourceSet = new Set(resources.map((id) => id.toLowerCase()));
    const inRemoved = (id) => !!id && resourceSet.has(id.toLowerCase());
    // Extension resources are not listed by the observer: one exists when the resource it hangs off does.
    const scopeExists = (r) => inRemoved(r.scope) || (!!r.scope && exists(r.scope)) || exists(r.id);
    // A child exists when the observer saw it (deployment records, one-by-one GETs) or its top-level resource
    // goes with the service. Services made only of children (the capability host) have nothing else to delete.
    const childExists = (r) => exists(r.id) || resources.some((top) => r.id.toLowerCase().startsWith(`${top.toLowerCase()}/`));
    const byStep = {
        roleAssignments: [
            ...ofRole('roleAssignment')
                .filter(scopeExists)
                .map((r) => r.id),
            ...ownedIn('roleAssignments'),
        ],
        diagnosticSettings: [
            ...ofRole('diagnosticSettings')
                .filter(scopeExists)
                .map((r) => r.id),
            ...ownedIn('diagnosticSettings'),
        ],
        privateEndpoints: endpoints,
        dnsRecords: [
            ...hypothetical.filter((r) => r.role === 'dnsZone' && isZoneGroup(r.type)).map((r) => r.id),
            ...ownedIn('dnsRecords'),
        ].filter((id) => endpointSet.has(id.toLowerCase().split('/privatednszonegroups/')[0])),
        childResources: dependentsFirst([...ofRole('child').filter(childExists), ...owned.filter((r) => cleanupStepOf(r) === 'childResources')], hypothetical),
        resource: resources,
        purgeSoftDeleted: input.def?.softDelete
            ? resources.filter((id) => SOFT_DELETE_TYPES.has((info.get(id.toLowerCase())?.type ?? '').toLowerCase()))
            : [],
        // The service's own subnets only where its catalog entry asks for their release; named ones always.
        waitSubnetRelease: [
            ...(cleanupOrder(input.def, false).includes('waitSubnetRelease') ? releasedSubnets(input) : []),
            ...(input.extraSubnets ?? []),
            ...ownedIn('waitSubnetRelease'),
        ],
    };
    return assemble(input, byStep, info, remember);
}
/**
 * The cleanup step a resource Azure holds belongs to, by its type and place: extension resources, endpoints
 * and their DNS zone groups, subnets, children, or top-level resources.
 */
function cleanupStepOf(r) {
    const type = r.type.toLowerCase();
    if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei)
        return undefined;
    if (type === roles/* ROLE_ASSIGNMENT_TYPE */.eg.toLowerCase() || type === roles/* COSMOS_SQL_ROLE_ASSIGNMENT_TYPE */.O7.toLowerCase())
        return 'roleAssignments';
    if (type === diagnostics/* DIAGNOSTIC_SETTINGS_TYPE */.XO.toLowerCase())
        return 'diagnosticSettings';
    if (type === endpoints/* PRIVATE_ENDPOINT_TYPE */.jz.toLowerCase())
        return 'privateEndpoints';
    if (isZoneGroup(r.type))
        return 'dnsRecords';
    if (type === subnets/* SUBNET_TYPE */.Bk.toLowerCase())
        return 'waitSubnetRelease';
    if ((0,draft/* isTracked */.Xz)(r))
        return 'resource';
    // Outside any resource group (a subscription's Defender plan): the service's own resource, not a child.
    if (!r.scope && !/\/resourceGroups\//i.test(r.id) && r.type.split('/').length === 2)
        return 'resource';
    return 'childResources';
}
const isZoneGroup = (type) => type.toLowerCase().startsWith(`${endpoints/* PRIVATE_ENDPOINT_TYPE */.jz.toLowerCase()}/`);
/**
 * Deepest first, and among equals the reverse of the order they are created in (a capability host goes before
 * the connections it names): the executor deletes a step's children one after the other in this order.
 */
function dependentsFirst(children, hypothetical) {
    const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
    return unique(children.map((r) => r.id)).sort((a, b) => b.split('/').length - a.split('/').length ||
        (createOrder.get(b.toLowerCase()) ?? -1) - (createOrder.get(a.toLowerCase()) ?? -1) ||
        cmp(a, b));
}
function unique(ids) {
    return [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
}
/** Steps in the service's cleanup order (empty ones left out) and the resources they name, each once. */
function assemble(input, byStep, info, remember) {
    for (const id of byStep.waitSubnetRelease) {
        remember({
            id,
            type: subnets/* SUBNET_TYPE */.Bk,
            name: id
                .split('/')
                .slice(-3)
                .filter((_, i) => i !== 1)
                .join('/'),
        });
    }
    const order = cleanupOrder(input.def);
    const kept = (id) => input.keep?.has(id.toLowerCase()) ?? false;
    const steps = order
        .map((step) => ({ step, resourceIds: unique(byStep[step] ?? []).filter((id) => !kept(id)) }))
        .filter((s) => s.resourceIds.length > 0);
    const listed = new Set();
    const planResources = [];
    for (const s of steps) {
        for (const id of s.resourceIds) {
            const key = id.toLowerCase();
            if (listed.has(key))
                continue;
            listed.add(key);
            planResources.push(info.get(key));
        }
    }
    return { steps, resources: planResources };
}
/**
 * The catalog's cleanup order, completed: a step the catalog leaves out but that has something to delete (a
 * child-only service's role assignments, a service's recorded children) goes where the default order puts it,
 * so nothing Azure holds is left behind.
 */
function cleanupOrder(def, complete = true) {
    const declared = def?.cleanup?.length ? def.cleanup : DEFAULT_CLEANUP;
    const out = [...declared];
    if (!complete)
        return out;
    for (const [i, step] of FULL_ORDER.entries()) {
        // Soft-delete purges happen only where the catalog asks for them.
        if (out.includes(step) || step === 'purgeSoftDeleted')
            continue;
        const next = FULL_ORDER.slice(i + 1).find((s) => out.includes(s));
        out.splice(next ? out.indexOf(next) : out.length, 0, step);
    }
    return out;
}
const FULL_ORDER = [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'childResources',
    'resource',
    'purgeSoftDeleted',
    'waitSubnetRelease',
];
/** The service's own subnets that no enabled service still uses: released once what sat in them is gone. */
function releasedSubnets(input) {
    const vnet = input.ctx.vnet;
    if (!vnet || !input.def)
        return [];
    const stillUsed = new Set(input.allocated.map((a) => a.name.toLowerCase()));
    const mine = new Set(input.def.subnets.map((s) => (0,context/* subnetAzureName */.qM)(input.ctx, s.name).toLowerCase()));
    return (input.observed.subnets ?? [])
        .filter((s) => !s.foreign && mine.has(s.name.toLowerCase()) && !stillUsed.has(s.name.toLowerCase()))
        .map((s) => `${vnet.id}/subnets/${s.name}`);
}
function apiVersionOf(input, type) {
    const lower = type.toLowerCase();
    const spec = input.def?.resources.find((r) => r.type.toLowerCase() === lower);
    if (spec)
        return spec.apiVersion;
    const platform = Object.entries(input.platformApiVersions ?? {}).find(([t]) => t.toLowerCase() === lower);
    return platform?.[1] ?? '';
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/core/planning/dependencies.js
const STRUCTURE = {
    resourceGroups: 'resourceGroups',
    network: 'network',
    dns: 'privateDnsZones',
    logs: 'logAnalytics',
};
/** Services `def` must wait for on create (only those present are kept by the caller). */
function catalogNeeds(def) {
    const needs = [...def.requires, ...def.implies, ...def.uses];
    if (def.id !== STRUCTURE.resourceGroups)
        needs.push(STRUCTURE.resourceGroups);
    if (def.privateEndpoints.length > 0)
        needs.push(STRUCTURE.network, STRUCTURE.dns);
    if (def.subnets.length > 0)
        needs.push(STRUCTURE.network);
    if (def.diagnostics.length > 0)
        needs.push(STRUCTURE.logs);
    return needs.filter((n) => n !== def.id);
}
/** Services whose resources the given service's resources refer to (by id in `dependsOn`). */
function resourceNeeds(service, ownerOf) {
    const out = new Set();
    for (const r of service.resources) {
        for (const dep of r.dependsOn) {
            const owner = ownerOf.get(dep.toLowerCase());
            if (owner && owner !== service.id)
                out.add(owner);
        }
    }
    return [...out];
}

;// CONCATENATED MODULE: ./build/core/planning/ownership.js
// Who owns what Azure holds: a resource is ours only when it carries this tool's managed-by tag and the
// project's and environment's tags. Everything else is foreign: never updated, never deleted.

/** Tag lookup without regard to case: Azure keeps the case a tag was written with but compares without it. */
function tag(tags, key) {
    if (!tags)
        return undefined;
    if (key in tags)
        return tags[key];
    const lower = key.toLowerCase();
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
function isOurs(tags, project, env) {
    return (tag(tags, context/* TAG_MANAGED_BY */.RJ) === context/* MANAGED_BY */.Kf &&
        tag(tags, context/* TAG_PROJECT */.Pl) === project &&
        tag(tags, context/* TAG_ENVIRONMENT */.JQ) === env);
}
const serviceTag = (tags) => tag(tags, context/* TAG_SERVICE */.Fj);
const hashTag = (tags) => tag(tags, context/* TAG_HASH */.YF);
function indexObserved(observed) {
    const byId = new Map();
    for (const r of observed.resources ?? [])
        byId.set(r.id.toLowerCase(), r);
    const groups = new Map();
    for (const g of observed.resourceGroups ?? [])
        groups.set(g.name.toLowerCase(), g);
    return { byId, groups };
}
/** Describes a foreign resource's owner for a conflict message. */
function ownerOf(tags) {
    const by = tag(tags, context/* TAG_MANAGED_BY */.RJ);
    if (!by)
        return 'it carries no aifactory-managed-by tag';
    if (by !== context/* MANAGED_BY */.Kf)
        return `it is managed by '${by}'`;
    return `it belongs to project '${tag(tags, context/* TAG_PROJECT */.Pl) ?? '?'}' environment '${tag(tags, context/* TAG_ENVIRONMENT */.JQ) ?? '?'}'`;
}

;// CONCATENATED MODULE: ./build/core/planning/orphans.js
// What an enabled service created but no longer wants: a model deployment taken out of the config, a persona's
// role assignment whose group was removed, a subnet no service asks for. Only what carries our tags or sits in
// our deployment records is considered; the update removes it, in the service's cleanup order.



function findOrphans(input) {
    const { ctx, service, observed, wanted } = input;
    const owned = (observed.resources ?? []).filter((r) => r.type !== context/* RESOURCE_GROUP_TYPE */.Ei &&
        isOurs(r.tags, ctx.project, ctx.env) &&
        serviceTag(r.tags) === service.id &&
        !wanted.has(r.id.toLowerCase()));
    const subnets = service.id === input.subnetOwner ? orphanSubnets(input) : [];
    if (owned.length === 0 && subnets.length === 0)
        return undefined;
    const cleanup = planCleanup({
        ctx,
        service: service.id,
        def: input.def,
        owned,
        hypothetical: [],
        observedIds: new Set((observed.resources ?? []).map((r) => r.id.toLowerCase())),
        observed,
        allocated: input.allocated,
        platformApiVersions: input.platformApiVersions,
        extraSubnets: subnets,
        keep: wanted,
    });
    if (cleanup.resources.length === 0)
        return undefined;
    const drift = cleanup.resources.map((r) => `${r.name} (${r.type}) is no longer wanted: the update removes it`);
    // Catalog resources (not the endpoints, DNS records, role assignments and subnets generated around them) of a
    // service that holds data are data too: a Cosmos DB database taken out of the config is destroyed with it.
    const dataBearing = input.def.dataBearing
        ? cleanup.resources.filter((r) => {
            const step = cleanupStepOf(r);
            return step === 'resource' || step === 'childResources';
        })
        : [];
    return { ...cleanup, drift, dataBearing };
}
/** Our subnets in the VNet that no enabled service asks for and no deleted service's cleanup releases. */
function orphanSubnets(input) {
    const vnet = input.ctx.vnet;
    if (!vnet)
        return [];
    const prefix = `snt-${input.ctx.project}-`.toLowerCase();
    const allocated = new Set(input.allocated.map((a) => a.name.toLowerCase()));
    return (input.observed.subnets ?? [])
        .filter((s) => !s.foreign && s.name.toLowerCase().startsWith(prefix) && !allocated.has(s.name.toLowerCase()))
        .map((s) => `${vnet.id}/subnets/${s.name}`)
        .filter((id) => !input.releasedElsewhere.has(id.toLowerCase()));
}

// EXTERNAL MODULE: ./build/core/resources/placeholders.js
var placeholders = __nccwpck_require__(1468);
;// CONCATENATED MODULE: ./build/core/planning/status.js
// Compares one enabled service with what exists: create (nothing of ours is there), update (something is
// missing or drifted), or noop (every resource is there, ours, with the desired hash). A resource with our
// name that is not ours is a conflict.





function lookup(index, r) {
    if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei) {
        const g = index.groups.get(r.name.toLowerCase());
        return g?.exists ? { tags: g.tags } : undefined;
    }
    return index.byId.get(r.id.toLowerCase());
}
function serviceStatus(service, def, index, project, env) {
    const drift = [];
    const conflicts = [];
    // A service with nothing to deploy in this mode (private DNS zones where they are the hub's) has nothing
    // to create either: a create on every run would never converge.
    if (service.resources.length === 0)
        return { action: 'noop', drift, conflicts, note: 'nothing of its own to deploy in this network mode' };
    let tracked = service.resources.filter((r) => (0,draft/* isTracked */.Xz)(r));
    // A service made only of child, extension or subscription-level resources (the Foundry capability host) is
    // judged by the ones the observer fetched one by one (ObserveScope.resources): present or not.
    if (tracked.length === 0)
        tracked = service.resources.filter((r) => r.role === 'main' || r.role === 'child');
    // Made only of what hangs off other services' resources (customer-managed keys: role assignments on the
    // vault): judged by those, which the observer reads back from this tool's deployment records. Their names are
    // deterministic, so being there is being right.
    if (tracked.length === 0)
        tracked = service.resources;
    let present = 0;
    for (const r of tracked) {
        const found = lookup(index, r);
        if (!found) {
            if ((0,draft/* isTracked */.Xz)(r))
                drift.push(`${r.name} (${r.type}) is missing`);
            continue;
        }
        if ((0,draft/* isTracked */.Xz)(r) && !isOurs(found.tags, project, env)) {
            conflicts.push({
                service: service.id,
                resourceId: r.id,
                reason: `${r.type} '${r.name}' already exists and is not this project's: ${ownerOf(found.tags)}. It is never changed; rename or remove it, or change project.prefix`,
            });
            continue;
        }
        present++;
        if (!(0,draft/* isTracked */.Xz)(r)) {
            // Untagged resources fetched one by one (a subscription's Defender plan) report their properties: a plan
            // set back to Free is drift, not "there".
            drift.push(...keyPropertyDrift(r, def, found));
            continue;
        }
        const owner = serviceTag(found.tags);
        if (owner !== service.id)
            drift.push(`${r.name}: tagged for service '${owner ?? '(none)'}', expected '${service.id}'`);
        const hash = hashTag(found.tags);
        if (hash !== r.hash)
            drift.push(`${r.name}: configuration differs (hash ${hash ?? 'absent'}, desired ${r.hash})`);
        if (found.provisioningState && /^(failed|canceled)$/i.test(found.provisioningState)) {
            drift.push(`${r.name}: provisioning state is ${found.provisioningState}`);
        }
        drift.push(...keyPropertyDrift(r, def, found));
    }
    if (present === 0)
        return { action: 'create', drift: [], conflicts };
    if (present < tracked.length && !tracked.some((r) => (0,draft/* isTracked */.Xz)(r))) {
        for (const r of tracked)
            if (!lookup(index, r))
                drift.push(`${r.name} (${r.type}) is missing`);
    }
    return { action: drift.length > 0 ? 'update' : 'noop', drift, conflicts };
}
/** Key properties of the catalog spec whose observed value differs from the desired body. */
function keyPropertyDrift(r, def, found) {
    const spec = def?.resources.find((s) => s.key === r.key.split(':')[0]);
    if (!spec?.keyProperties || !found.properties)
        return [];
    const out = [];
    for (const path of spec.keyProperties) {
        const want = (0,placeholders/* getPath */.Y)(r.body, path);
        const have = observedValue(found, path);
        if (have === undefined || want === undefined)
            continue;
        if ((0,hash/* canonicalJson */.dj)(have) !== (0,hash/* canonicalJson */.dj)(want)) {
            out.push(`${r.name}: ${path} is ${JSON.stringify(have)}, desired ${JSON.stringify(want)}`);
        }
    }
    return out;
}
/**
 * Observers report key properties either as a flat map by dot path (`{"sku.name": "S1"}`) or as ARM's
 * `properties` object; both are read.
 */
function observedValue(found, path) {
    const props = found.properties;
    if (path in props)
        return props[path];
    if (path.startsWith('properties.'))
        return (0,placeholders/* getPath */.Y)(props, path.slice('properties.'.length));
    if (path === 'location')
        return found.location;
    return (0,placeholders/* getPath */.Y)(props, path);
}

;// CONCATENATED MODULE: ./build/core/plan.js
// The plan: for every service of one project environment, create / update / delete / noop with the reason,
// the resources, what it waits for, the estimated time, and what blocks it. Deterministic: the same inputs give
// byte-identical JSON on every host (no times, no paths, stable order).












function buildPlan(config, env, catalog, observed, given) {
    // The target's own tenant fills in when neither the config nor the host names one (it is then part of the
    // options hash, so a plan made against another tenant is stale).
    const options = given.tenantId || !observed.tenantId ? given : { ...given, tenantId: observed.tenantId };
    const { state: desired, ctx } = (0,core_desired/* buildDesired */.F)(config, env, catalog, observed, options);
    const defs = new Map(catalog.services.map((s) => [s.id, s]));
    const index = indexObserved(observed);
    const project = desired.project;
    const diagnostics = [...desired.diagnostics];
    const conflicts = [];
    const actions = new Map();
    const deps = new Map();
    // Present services: create, update or noop.
    const ownerOf = new Map();
    for (const s of desired.services)
        for (const r of s.resources)
            ownerOf.set(r.id.toLowerCase(), s.id);
    const present = new Set(desired.services.map((s) => s.id));
    for (const service of desired.services) {
        const def = defs.get(service.id);
        const status = serviceStatus(service, def, index, project, env);
        conflicts.push(...status.conflicts);
        const reason = status.action === 'create'
            ? (0,enablement/* describeReason */.Gk)(service.reason, env)
            : status.action === 'update'
                ? `${(0,enablement/* describeReason */.Gk)(service.reason, env)}; ${status.drift.length} difference${status.drift.length === 1 ? '' : 's'} from Azure`
                : (status.note ?? 'up to date');
        actions.set(service.id, {
            service: service.id,
            title: def.title,
            action: status.action,
            reason,
            dependsOn: [],
            estimatedSeconds: status.action === 'noop' ? 0 : def.provisioningSeconds,
            protected: isProtected(config, def),
            dataBearing: def.dataBearing,
            resources: service.resources.map((r) => ({
                id: r.id,
                type: r.type,
                name: r.name,
                apiVersion: r.apiVersion,
            })),
            ...(status.drift.length > 0 ? { drift: status.drift } : {}),
        });
        const needs = [...catalogNeeds(def), ...resourceNeeds(service, ownerOf)].filter((n) => present.has(n) && n !== service.id);
        deps.set(service.id, [...new Set(needs)]);
        noteSoftDeleted(service.id, service.resources, observed, status.action, diagnostics);
    }
    // Services Azure still holds under our tags that are no longer on: delete, with their cleanup.
    const owned = new Map();
    for (const r of observed.resources ?? []) {
        if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei || !isOurs(r.tags, project, env))
            continue;
        const service = serviceTag(r.tags);
        if (!service || present.has(service))
            continue;
        const list = owned.get(service) ?? [];
        list.push(r);
        owned.set(service, list);
    }
    const catalogOrder = new Map(catalog.services.map((s, i) => [s.id, i]));
    const deleted = [...owned.keys()].sort((a, b) => (catalogOrder.get(a) ?? Infinity) - (catalogOrder.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
    const blocked = [];
    const allowed = new Set([
        ...(options.allowDestroy ?? []),
        ...(config.environments[env]?.allowDestroy ?? []),
    ]);
    const releasedByDeletes = new Set();
    if (deleted.length > 0) {
        const known = deleted.filter((d) => defs.has(d));
        const hypothetical = known.length > 0 ? (0,core_desired/* buildDesired */.F)(config, env, catalog, observed, options, known).state : undefined;
        const observedIds = new Set((observed.resources ?? []).map((r) => r.id.toLowerCase()));
        for (const id of deleted) {
            const def = defs.get(id);
            const cleanup = planCleanup({
                ctx,
                service: id,
                def,
                owned: owned.get(id),
                hypothetical: hypothetical?.services.find((s) => s.id === id)?.resources ?? [],
                observedIds,
                observed,
                allocated: desired.subnets,
                platformApiVersions: catalog.platformApiVersions,
                keep: new Set(ownerOf.keys()),
            });
            for (const step of cleanup.steps)
                if (step.step === 'waitSubnetRelease')
                    for (const subnet of step.resourceIds)
                        releasedByDeletes.add(subnet.toLowerCase());
            const guard = destroyGuard(config, env, id, def, allowed);
            if (guard)
                blocked.push({ service: id, action: 'delete', reason: guard });
            actions.set(id, {
                service: id,
                title: def?.title ?? id,
                action: 'delete',
                reason: deleteReason(config, env, id, def),
                dependsOn: [],
                estimatedSeconds: def?.deletionSeconds ?? 60,
                protected: def ? isProtected(config, def) : true,
                dataBearing: def?.dataBearing ?? false,
                resources: cleanup.resources,
                cleanup: cleanup.steps,
            });
        }
        // Dependents go first: a deleted service waits for the deletes of the deleted services that need it.
        for (const id of deleted) {
            const dependents = deleted.filter((other) => {
                const def = defs.get(other);
                return other !== id && !!def && catalogNeeds(def).includes(id);
            });
            deps.set(id, dependents);
        }
    }
    // What enabled services created but no longer want: their update removes it.
    const subnetOwner = present.has(STRUCTURE.network) ? STRUCTURE.network : undefined;
    for (const service of desired.services) {
        const def = defs.get(service.id);
        const orphans = findOrphans({
            ctx,
            service,
            def,
            observed,
            wanted: new Set(ownerOf.keys()),
            allocated: desired.subnets,
            releasedElsewhere: releasedByDeletes,
            subnetOwner,
            platformApiVersions: catalog.platformApiVersions,
        });
        const action = actions.get(service.id);
        if (!orphans)
            continue;
        const removes = `removes ${orphans.resources.length} resource${orphans.resources.length === 1 ? '' : 's'} no longer wanted`;
        if (action.action === 'noop') {
            action.action = 'update';
            action.reason = `${(0,enablement/* describeReason */.Gk)(service.reason, env)}; ${removes}`;
            action.estimatedSeconds = def.provisioningSeconds;
        }
        else {
            action.reason = `${action.reason}; ${removes}`;
        }
        action.drift = [...(action.drift ?? []), ...orphans.drift];
        action.cleanup = orphans.steps;
        if (orphans.dataBearing.length > 0 && !allowed.has('all') && !allowed.has(service.id)) {
            const names = orphans.dataBearing.map((r) => `${r.name} (${r.type})`).join(', ');
            blocked.push({
                service: service.id,
                action: 'delete',
                reason: `${def.title} holds data: removing ${names}, no longer in the config, destroys it; to allow it, pass --allow-destroy ${service.id} (or all), or add '${service.id}' to environments.${env}.allowDestroy in the config`,
            });
        }
    }
    // ARM cannot rewrite or remove a subnet something still sits in: the network waits for deletes that free one.
    const network = actions.get(STRUCTURE.network);
    if (network && network.action !== 'noop') {
        const freeing = deleted.filter((id) => (defs.get(id)?.subnets.length ?? 0) > 0);
        deps.set(STRUCTURE.network, [...new Set([...(deps.get(STRUCTURE.network) ?? []), ...freeing])]);
    }
    // Execution order: deletes are offered first (they free names, quota and address space), then catalog order.
    const nodes = [...deleted, ...desired.services.map((s) => s.id)];
    const topo = topoOrder(nodes, deps);
    let order = nodes;
    if ('cycle' in topo) {
        diagnostics.push({
            severity: 'error',
            code: 'plan.cycle',
            message: `the services depend on each other in a cycle: ${formatCycle(topo.cycle)}`,
            hint: 'a catalog edge (requires, implies, uses) or a resource reference closes the loop; remove one of them',
        });
    }
    else {
        order = topo.order;
    }
    const position = new Map(order.map((n, i) => [n, i]));
    for (const id of order) {
        const action = actions.get(id);
        action.dependsOn = (deps.get(id) ?? [])
            .filter((d) => actions.has(d))
            .sort((a, b) => position.get(a) - position.get(b));
    }
    const seconds = (n) => actions.get(n)?.estimatedSeconds ?? 0;
    const critical = 'cycle' in topo ? { seconds: 0, path: [] } : criticalPath(order, deps, seconds);
    const orderedActions = order.map((id) => actions.get(id));
    const inputs = planInputs(config, env, observed, options);
    const count = (kind) => orderedActions.filter((a) => a.action === kind).length;
    const plan = {
        schemaVersion: 1,
        tool: { name: 'aifactory-flags', version: version/* TOOL_VERSION */.w },
        project,
        environment: env,
        subscriptionId: desired.subscriptionId,
        location: desired.location,
        fingerprint: planFingerprint(inputs, catalog),
        inputs,
        summary: {
            create: count('create'),
            update: count('update'),
            delete: count('delete'),
            noop: count('noop'),
            blocked: blocked.length,
        },
        estimatedSeconds: critical.seconds,
        criticalPath: critical.seconds > 0 ? critical.path : [],
        actions: orderedActions,
        blocked,
        conflicts,
        subnets: desired.subnets,
        diagnostics: (0,core_diagnostics/* dedupeDiagnostics */.E)(diagnostics),
    };
    return { plan, desired };
}
/** A service with resources outside any resource group (a subscription's Defender plan), resource groups aside. */
function subscriptionWide(def) {
    return def.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== context/* RESOURCE_GROUP_TYPE */.Ei);
}
/** Protected: its deletion needs an explicit allow (data-bearing services always, `protect` adds more). */
function isProtected(config, def) {
    return def.dataBearing || subscriptionWide(def) || (config.protect ?? []).includes(def.id);
}
function destroyGuard(config, env, id, def, allowed) {
    if (allowed.has('all') || allowed.has(id))
        return undefined;
    const how = `to allow it, pass --allow-destroy ${id} (or all), or add '${id}' to environments.${env}.allowDestroy in the config`;
    if (!def)
        return `'${id}' is not in this tool's catalog, so it is unknown whether it holds data; ${how}`;
    if (def.dataBearing)
        return `${def.title} holds data: deleting '${id}' destroys it; ${how}`;
    if (subscriptionWide(def))
        return `${def.title} is set for the whole subscription: removing it switches it off for every project there; ${how}`;
    if ((config.protect ?? []).includes(id))
        return `'${id}' is listed under protect; ${how}`;
    return undefined;
}
function deleteReason(config, env, id, def) {
    if (!def)
        return `'${id}' is no longer in the catalog but Azure still holds resources tagged for it`;
    const envFlag = config.environments[env]?.flags?.[id];
    if (envFlag === false)
        return `flag off in environment '${env}'`;
    if (config.flags?.[id] === false)
        return 'flag off';
    if (def.modes && !def.modes.includes(config.network.mode))
        return `not available in network mode '${config.network.mode}'`;
    return `no longer on in '${env}' (no flag, baseline or implication switches it on)`;
}
/** A create whose name is held by a soft-deleted vault or account: the apply recovers it (never renames). */
function noteSoftDeleted(service, resources, observed, action, diagnostics) {
    if (action === 'noop')
        return;
    for (const gone of observed.softDeleted ?? []) {
        const match = resources.find((r) => r.type.toLowerCase() === gone.type.toLowerCase() && r.name.toLowerCase() === gone.name.toLowerCase());
        if (!match)
            continue;
        diagnostics.push({
            severity: 'note',
            code: 'plan.soft-deleted',
            message: `${service}: ${gone.type} '${gone.name}' is soft-deleted; apply recovers it instead of creating a new one`,
            hint: gone.purgeProtection
                ? 'purge protection is on: the name cannot be reused until the retention ends'
                : undefined,
        });
    }
}
/**
 * Why a reviewed plan no longer matches the current one, in words. Empty when the fingerprints are equal.
 */
function comparePlans(reviewed, current) {
    if (reviewed.fingerprint === current.fingerprint)
        return [];
    const lines = [];
    if (reviewed.tool.version !== current.tool.version) {
        lines.push(`the tool version changed: ${reviewed.tool.version} → ${current.tool.version}`);
    }
    if (reviewed.project !== current.project || reviewed.environment !== current.environment) {
        lines.push(`the plan is for ${reviewed.project}/${reviewed.environment}, not ${current.project}/${current.environment}`);
    }
    if (reviewed.inputs.config !== current.inputs.config)
        lines.push('the config changed since the plan was made');
    if (reviewed.inputs.observed !== current.inputs.observed) {
        lines.push('Azure changed since the plan was made (resources, tags, subnets or soft-deleted items differ)');
    }
    if (reviewed.inputs.options !== current.inputs.options)
        lines.push('the options changed (e.g. --allow-destroy)');
    const before = new Map(reviewed.actions.map((a) => [a.service, a]));
    const after = new Map(current.actions.map((a) => [a.service, a]));
    for (const [service, a] of after) {
        const b = before.get(service);
        if (!b)
            lines.push(`${service}: not in the reviewed plan, now ${a.action}`);
        else if (b.action !== a.action)
            lines.push(`${service}: was ${b.action}, now ${a.action}`);
    }
    for (const [service, b] of before) {
        if (!after.has(service))
            lines.push(`${service}: was ${b.action}, now not in the plan`);
    }
    const wasBlocked = new Set(reviewed.blocked.map((b) => b.service));
    for (const b of current.blocked)
        if (!wasBlocked.has(b.service))
            lines.push(`${b.service}: the delete is now blocked`);
    if (lines.length === 0)
        lines.push('the fingerprint differs (the catalog version or another input changed)');
    return lines;
}


/***/ }),

/***/ 9314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ KNOWN_AFTER_APPLY),
/* harmony export */   Am: () => (/* binding */ SYMBOLS),
/* harmony export */   Ge: () => (/* binding */ rows),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   ik: () => (/* binding */ hasChanges),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   m$: () => (/* binding */ changeValue),
/* harmony export */   vK: () => (/* binding */ changeLine),
/* harmony export */   yR: () => (/* binding */ changePath),
/* harmony export */   zH: () => (/* binding */ isChangeNote),
/* harmony export */   zT: () => (/* binding */ howToAllow)
/* harmony export */ });
/* unused harmony export CHANGE_SYMBOLS */
const SYMBOLS = {
    create: '+',
    update: '~',
    delete: '-',
    noop: '=',
    blocked: '!',
};
const LABELS = {
    create: 'create',
    update: 'update',
    delete: 'delete',
    noop: 'no change',
    blocked: 'blocked',
};
function rows(plan) {
    const blocked = new Map(plan.blocked.map((b) => [b.service, b]));
    const out = plan.actions.map((a) => ({
        service: a.service,
        title: a.title,
        shown: blocked.has(a.service) ? 'blocked' : a.action,
        reason: blocked.get(a.service)?.reason ?? a.reason,
        dependsOn: a.dependsOn,
        estimatedSeconds: a.estimatedSeconds,
        action: a,
    }));
    const listed = new Set(plan.actions.map((a) => a.service));
    for (const b of plan.blocked) {
        if (listed.has(b.service))
            continue;
        out.push({
            service: b.service,
            title: b.service,
            shown: 'blocked',
            reason: b.reason,
            dependsOn: [],
            estimatedSeconds: 0,
        });
    }
    return out;
}
function hasChanges(plan) {
    return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}
/** Terraform's summary sentence: `Plan: 12 to create, 1 to update, 1 to delete, 2 blocked.` */
function summaryLine(plan) {
    const s = plan.summary;
    if (!hasChanges(plan) && s.blocked === 0)
        return 'No changes. The environment matches the configuration.';
    const blocked = s.blocked > 0 ? `, ${s.blocked} blocked` : '';
    return `Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete${blocked}.`;
}
/** `45s`, `12m 30s`, `1h 5m`: rounded the way a person reads an estimate. */
function formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600) {
        const m = Math.floor(s / 60);
        const rest = s % 60;
        return rest === 0 ? `${m}m` : `${m}m ${rest}s`;
    }
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m === 0 ? `${h}h` : `${h}h ${m}m`;
}
/** The ways to allow deleting `services`, in the words of each place a user can say it. */
function howToAllow(services, environment) {
    const list = services.join(',');
    return [
        `CLI: --allow-destroy ${list}`,
        `GitHub Action input: allow-destroy: ${list}`,
        `Azure DevOps task input: allowDestroy: ${list}`,
        `aifactory.yaml: environments.${environment}.allowDestroy: [${services.join(', ')}]`,
    ];
}
/** What-if's value for a property only apply can know (the principal id of an identity still to create). */
const KNOWN_AFTER_APPLY = '(known after apply)';
const CHANGE_SYMBOLS = {
    create: '+',
    modify: '~',
    delete: '-',
};
/** The tool's own notes in place of a value ("(known after apply)") read as words, not as JSON strings. */
function isChangeNote(v) {
    return typeof v === 'string' && /^\(.*\)$/.test(v);
}
/** A before/after value as one short line: JSON, cut at `max` characters. */
function changeValue(v, max = 80) {
    if (v === undefined)
        return '';
    if (isChangeNote(v))
        return v;
    const text = JSON.stringify(v) ?? String(v);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Which property: the ARM what-if path, or the whole resource when the path is empty. */
function changePath(c) {
    return c.path === '' ? '(whole resource)' : c.path;
}
/** `~ srch-x properties.sku.name: "basic" → "standard"`, `+ pe-y (whole resource)`. */
function changeLine(c) {
    const where = `${CHANGE_SYMBOLS[c.kind]} ${c.resource ? `${c.resource} ` : ''}${changePath(c)}`;
    if (c.kind === 'modify') {
        const before = changeValue(c.before);
        const after = changeValue(c.after);
        return before || after ? `${where}: ${before || 'null'} → ${after || 'null'}` : where;
    }
    const v = changeValue(c.kind === 'create' ? c.after : c.before);
    return v ? `${where}: ${v}` : where;
}


/***/ }),

/***/ 7341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a3: () => (/* reexport */ common/* formatDuration */.a3),
  oY: () => (/* reexport */ renderApplyMarkdown),
  OM: () => (/* reexport */ renderApplyText),
  qu: () => (/* reexport */ renderDot),
  hF: () => (/* reexport */ renderJson),
  Gc: () => (/* reexport */ renderMarkdown),
  m6: () => (/* reexport */ renderMermaid),
  S5: () => (/* reexport */ renderText),
  dC: () => (/* reexport */ common/* summaryLine */.dC)
});

// UNUSED EXPORTS: DEFAULT_MARKDOWN_LIMIT, KNOWN_AFTER_APPLY, applySummary, canonical, changeLine, howToAllow

;// CONCATENATED MODULE: ./build/core/render/ansi.js
const wrap = (code) => (s) => `\u001b[${code}m${s}\u001b[0m`;
function paint(color) {
    if (!color) {
        const same = (s) => s;
        return { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same, action: (_k, s) => s };
    }
    const p = {
        bold: wrap('1'),
        dim: wrap('2'),
        red: wrap('31'),
        green: wrap('32'),
        yellow: wrap('33'),
        cyan: wrap('36'),
    };
    const byAction = {
        create: p.green,
        update: p.yellow,
        delete: p.red,
        noop: p.dim,
        blocked: wrap('1;31'),
    };
    return { ...p, action: (kind, s) => byAction[kind](s) };
}
/** Pads by visible width, ignoring escape codes. */
function padEnd(s, width) {
    const visible = s.replace(/\u001b\[[0-9;]*m/g, '').length;
    return visible >= width ? s : s + ' '.repeat(width - visible);
}

// EXTERNAL MODULE: ./build/core/render/common.js
var common = __nccwpck_require__(9314);
;// CONCATENATED MODULE: ./build/core/render/diagnostics.js
function diagnosticLine(d) {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
    const hint = d.hint ? ` (${d.hint})` : '';
    return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}

;// CONCATENATED MODULE: ./build/core/render/text.js



function renderText(plan, opts) {
    const c = paint(opts.color);
    const out = [];
    out.push(c.bold(`aifactory plan: ${plan.project} · ${plan.environment}`) +
        c.dim(` (subscription ${plan.subscriptionId}, ${plan.location})`), '');
    const table = (0,common/* rows */.Ge)(plan);
    if (table.length > 0) {
        const widths = {
            service: Math.max(7, ...table.map((r) => r.service.length)),
            action: Math.max(6, ...table.map((r) => common/* LABELS */.kg[r.shown].length)),
            est: Math.max(4, ...table.map((r) => (0,common/* formatDuration */.a3)(r.estimatedSeconds).length)),
        };
        out.push(c.dim(`    ${padEnd('Service', widths.service)}  ${padEnd('Action', widths.action)}  ${padEnd('Est.', widths.est)}  Reason`));
        for (const r of table) {
            const line = `  ${c.action(r.shown, common/* SYMBOLS */.Am[r.shown])} ${padEnd(r.service, widths.service)}  ` +
                `${padEnd(c.action(r.shown, common/* LABELS */.kg[r.shown]), widths.action)}  ` +
                `${padEnd(r.shown === 'noop' || r.shown === 'blocked' ? '' : (0,common/* formatDuration */.a3)(r.estimatedSeconds), widths.est)}  ${r.reason}`;
            out.push(line.trimEnd());
            if (r.dependsOn.length > 0 && r.shown !== 'noop') {
                out.push(c.dim(`    ${' '.repeat(widths.service)}  waits for ${r.dependsOn.join(', ')}`));
            }
            // What-if's property changes, under the service they belong to.
            for (const change of r.action?.changes ?? []) {
                const line = (0,common/* changeLine */.vK)(change);
                out.push(`      ${c.action(change.kind === 'modify' ? 'update' : change.kind, line.slice(0, 1))}${line.slice(1)}`);
            }
        }
        out.push('');
    }
    if (plan.blocked.length > 0) {
        out.push(c.action('blocked', plan.blocked.length === 1
            ? 'Blocked: 1 deletion needs an explicit allow'
            : `Blocked: ${plan.blocked.length} deletions need an explicit allow`));
        for (const b of plan.blocked)
            out.push(`  ! ${b.service}: ${b.reason}`);
        out.push('  To allow, use one of:');
        for (const way of (0,common/* howToAllow */.zT)(plan.blocked.map((b) => b.service), plan.environment))
            out.push(`    ${way}`);
        out.push('');
    }
    if (plan.conflicts.length > 0) {
        out.push(c.red(`Conflicts: ${plan.conflicts.length} resource${plan.conflicts.length > 1 ? 's' : ''} in the way (not created by aifactory-flags, never changed)`));
        for (const k of plan.conflicts)
            out.push(`  ${k.service}: ${k.resourceId}`, `    ${k.reason}`);
        out.push('');
    }
    if (plan.diagnostics.length > 0) {
        out.push(c.bold('Diagnostics:'));
        for (const d of plan.diagnostics) {
            const line = `  ${diagnosticLine(d)}`;
            out.push(d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line);
        }
        out.push('');
    }
    out.push(c.bold((0,common/* summaryLine */.dC)(plan)));
    if (plan.estimatedSeconds > 0) {
        out.push(`Estimated duration: ${(0,common/* formatDuration */.a3)(plan.estimatedSeconds)}` +
            (plan.criticalPath.length > 0 ? ` (critical path: ${plan.criticalPath.join(' → ')})` : ''));
    }
    out.push(c.dim(`Fingerprint: ${plan.fingerprint}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/core/render/mermaid.js

const COLOURS = {
    create: { fill: '#dafbe1', stroke: '#1a7f37', text: '#0f5323' },
    update: { fill: '#fff8c5', stroke: '#9a6700', text: '#4d2d00' },
    delete: { fill: '#ffebe9', stroke: '#cf222e', text: '#82071e' },
    noop: { fill: '#f6f8fa', stroke: '#8c959f', text: '#57606a' },
    blocked: { fill: '#ffebe9', stroke: '#82071e', text: '#82071e' },
};
const ORDER = ['create', 'update', 'delete', 'noop', 'blocked'];
function renderMermaid(plan) {
    const table = (0,common/* rows */.Ge)(plan);
    const ids = nodeIds(table);
    const critical = criticalEdges(plan);
    const out = ['flowchart LR'];
    for (const r of table)
        out.push(`  ${ids.get(r.service)}["${mermaidText(label(r))}"]:::${r.shown}`);
    for (const r of table) {
        for (const dep of r.dependsOn) {
            const from = ids.get(dep);
            if (!from)
                continue;
            const arrow = critical.has(`${dep}\u0000${r.service}`) ? '==>' : '-->';
            out.push(`  ${from} ${arrow} ${ids.get(r.service)}`);
        }
    }
    for (const kind of ORDER) {
        const c = COLOURS[kind];
        out.push(`  classDef ${kind} fill:${c.fill},stroke:${c.stroke},color:${c.text}`);
    }
    return out.join('\n') + '\n';
}
function renderDot(plan) {
    const table = (0,common/* rows */.Ge)(plan);
    const critical = criticalEdges(plan);
    const out = [
        'digraph plan {',
        '  rankdir=LR;',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
        `  label="${dotText(`${plan.project} · ${plan.environment}`)}";`,
    ];
    for (const r of table) {
        const c = COLOURS[r.shown];
        out.push(`  "${dotText(r.service)}" [label="${dotText(label(r, '\n'))}", fillcolor="${c.fill}", color="${c.stroke}", fontcolor="${c.text}"];`);
    }
    const known = new Set(table.map((r) => r.service));
    for (const r of table) {
        for (const dep of r.dependsOn) {
            if (!known.has(dep))
                continue;
            const bold = critical.has(`${dep}\u0000${r.service}`) ? ' [penwidth=3]' : '';
            out.push(`  "${dotText(dep)}" -> "${dotText(r.service)}"${bold};`);
        }
    }
    out.push('}');
    return out.join('\n') + '\n';
}
function label(r, newline = '<br/>') {
    const est = r.shown === 'noop' || r.shown === 'blocked' ? '' : ` · ${(0,common/* formatDuration */.a3)(r.estimatedSeconds)}`;
    return `${common/* SYMBOLS */.Am[r.shown]} ${r.service}${newline}${common/* LABELS */.kg[r.shown]}${est}`;
}
/** Mermaid ids must be plain words; service ids are camelCase already, the index keeps them unique. */
function nodeIds(table) {
    const ids = new Map();
    table.forEach((r, i) => {
        if (!ids.has(r.service))
            ids.set(r.service, `${r.service.replace(/[^A-Za-z0-9_]/g, '_')}_${i}`);
    });
    return ids;
}
function criticalEdges(plan) {
    const edges = new Set();
    for (let i = 0; i + 1 < plan.criticalPath.length; i++)
        edges.add(`${plan.criticalPath[i]}\u0000${plan.criticalPath[i + 1]}`);
    return edges;
}
/** Inside a quoted Mermaid label, quotes and angle brackets (other than our <br/>) need entity codes. */
function mermaidText(s) {
    return s
        .replace(/"/g, '#quot;')
        .replace(/<(?!br\/>)/g, '#lt;')
        .replace(/(?<!<br\/)>/g, '#gt;');
}
function dotText(s) {
    return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

;// CONCATENATED MODULE: ./build/core/render/markdown.js


const DEFAULT_MARKDOWN_LIMIT = 65_536;
function renderMarkdown(plan, opts = {}) {
    const maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
    const parts = buildParts(plan, opts);
    const full = assemble(parts, {
        details: parts.details.length,
        graph: true,
        changeRows: Infinity,
        listItems: Infinity,
    });
    if (full.length <= maxLength)
        return full;
    // Keep the graph and as many service details (in plan order) as fit.
    const fits = (text) => text.length <= maxLength;
    let text = assemble(parts, { details: 0, graph: true, changeRows: Infinity, listItems: Infinity }, true);
    if (fits(text)) {
        const n = largest(parts.details.length, (k) => fits(assemble(parts, { details: k, graph: true, changeRows: Infinity, listItems: Infinity }, true)));
        return assemble(parts, { details: n, graph: true, changeRows: Infinity, listItems: Infinity }, true);
    }
    // Without details and graph; then shorten long lists (diagnostics, unchanged, conflicts), then the change rows.
    text = assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: Infinity }, true);
    if (fits(text))
        return text;
    const items = largest(parts.maxListItems, (k) => fits(assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: k }, true)));
    text = assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: items }, true);
    if (fits(text))
        return text;
    const changeRows = largest(parts.changeRows.length, (k) => fits(assemble(parts, { details: 0, graph: false, changeRows: k, listItems: 0 }, true)));
    return assemble(parts, { details: 0, graph: false, changeRows, listItems: 0 }, true);
}
function buildParts(plan, opts) {
    const table = (0,common/* rows */.Ge)(plan);
    const changed = table.filter((r) => r.shown !== 'noop');
    const unchanged = table.filter((r) => r.shown === 'noop').map((r) => `\`${r.service}\``);
    const conflicts = plan.conflicts.map((c) => `- \`${c.service}\`: \`${c.resourceId}\` — ${inline(c.reason)}`);
    const diagnostics = plan.diagnostics.map((d) => `- ${inline(diagnosticMarkdown(d))}`);
    return {
        plan,
        opts,
        head: head(plan, opts),
        blocked: blockedSection(plan),
        changeRows: changed.map(changeRow),
        unchanged,
        conflicts,
        diagnostics,
        maxListItems: Math.max(unchanged.length, conflicts.length, diagnostics.length),
        graph: table.length > 0
            ? ['### Plan graph', '', '```mermaid', renderMermaid(plan).trimEnd(), '```'].join('\n')
            : '',
        details: changed.filter((r) => r.action).map((r) => serviceDetails(r, r.action)),
    };
}
function assemble(p, b, trimmed = false) {
    const out = [p.head];
    if (p.blocked)
        out.push(p.blocked);
    if (p.changeRows.length > 0) {
        const shown = p.changeRows.slice(0, b.changeRows);
        const more = p.changeRows.length - shown.length;
        out.push([
            '### Changes',
            '',
            '| | Service | Action | Reason | Waits for | Est. |',
            '|:-:|---|---|---|---|--:|',
            ...shown,
            ...(more > 0 ? [`| | … ${more} more | | | | |`] : []),
        ].join('\n'));
    }
    if (p.unchanged.length > 0) {
        out.push(`**No change (${p.unchanged.length}):** ${limitList(p.unchanged, b.listItems).join(', ')}`);
    }
    if (p.conflicts.length > 0) {
        out.push([
            `### Conflicts (${p.conflicts.length})`,
            '',
            'Resources with names this plan needs that aifactory-flags did not create; they are never changed.',
            '',
            ...limitList(p.conflicts, b.listItems),
        ].join('\n'));
    }
    if (p.diagnostics.length > 0) {
        out.push(['### Diagnostics', '', ...limitList(p.diagnostics, b.listItems)].join('\n'));
    }
    if (b.graph && p.graph)
        out.push(p.graph);
    const details = p.details.slice(0, b.details);
    if (details.length > 0)
        out.push(['### Details', '', ...details].join('\n'));
    if (trimmed)
        out.push(trimNote(p, b));
    return out.join('\n\n') + '\n';
}
function head(plan, opts) {
    const s = plan.summary;
    const lines = [
        `## ${inline(opts.title ?? `aifactory plan: ${plan.project} · ${plan.environment}`)}`,
        '',
        `**${(0,common/* summaryLine */.dC)(plan)}**`,
        '',
        '| Create | Update | Delete | No change | Blocked |',
        '|--:|--:|--:|--:|--:|',
        `| ${s.create} | ${s.update} | ${s.delete} | ${s.noop} | ${s.blocked} |`,
        '',
    ];
    const meta = [];
    if ((0,common/* hasChanges */.ik)(plan)) {
        const path = plan.criticalPath.length > 0
            ? ` (critical path: ${plan.criticalPath.map((n) => `\`${n}\``).join(' → ')})`
            : '';
        meta.push(`Estimated duration: **${(0,common/* formatDuration */.a3)(plan.estimatedSeconds)}**${path}`);
    }
    meta.push(`Subscription \`${plan.subscriptionId}\` · location \`${plan.location}\` · fingerprint \`${plan.fingerprint}\``);
    return [...lines, meta.join('  \n')].join('\n');
}
function blockedSection(plan) {
    if (plan.blocked.length === 0)
        return '';
    const services = plan.blocked.map((b) => b.service);
    return [
        `### Blocked (${plan.blocked.length})`,
        '',
        'These deletions need an explicit allow; nothing is applied while any is blocked.',
        '',
        ...plan.blocked.map((b) => `- \`${b.service}\`: ${inline(b.reason)}`),
        '',
        'To allow, use one of:',
        '',
        ...(0,common/* howToAllow */.zT)(services, plan.environment).map((w) => {
            const at = w.indexOf(': ');
            return `- ${w.slice(0, at)}: \`${w.slice(at + 2)}\``;
        }),
    ].join('\n');
}
function changeRow(r) {
    const waits = r.dependsOn.map((d) => `\`${d}\``).join(', ');
    const est = r.shown === 'blocked' ? '' : (0,common/* formatDuration */.a3)(r.estimatedSeconds);
    return `| ${common/* SYMBOLS */.Am[r.shown]} | \`${r.service}\` | ${common/* LABELS */.kg[r.shown]} | ${cell(r.reason)} | ${waits} | ${est} |`;
}
function serviceDetails(r, action) {
    const count = `${action.resources.length} resource${action.resources.length === 1 ? '' : 's'}`;
    const out = [
        `<details><summary><code>${common/* SYMBOLS */.Am[r.shown]} ${html(r.service)}</code> ${html(action.title)} — ${common/* LABELS */.kg[r.shown]}, ${count}</summary>`,
        '',
    ];
    if (action.resources.length > 0) {
        out.push('| Type | Name | API version |', '|---|---|---|');
        for (const res of action.resources)
            out.push(`| \`${res.type}\` | \`${cell(res.name)}\` | \`${res.apiVersion}\` |`);
        out.push('');
    }
    if (action.cleanup && action.cleanup.length > 0) {
        out.push('Cleanup, in order:', '');
        action.cleanup.forEach((step, i) => {
            const ids = step.resourceIds.length > 0
                ? step.resourceIds.map((id) => `\`${lastSegments(id)}\``).join(', ')
                : '—';
            out.push(`${i + 1}. ${step.step}: ${ids}`);
        });
        out.push('');
    }
    if (action.changes && action.changes.length > 0)
        out.push(...changesTable(action.changes), '');
    if (action.drift && action.drift.length > 0) {
        out.push('Drift:', '', ...action.drift.map((d) => `- ${inline(d)}`), '');
    }
    out.push('</details>', '');
    return out.join('\n');
}
function changesTable(changes) {
    // A resource column only when what-if said which resource (a service deploys several).
    const withResource = changes.some((c) => c.resource);
    const lead = (c) => withResource ? `| ${c.resource ? `\`${cell(c.resource)}\`` : ''} ` : '';
    const property = (c) => (c.path === '' ? (0,common/* changePath */.yR)(c) : `\`${cell(c.path)}\``);
    return [
        'Property changes (what-if):',
        '',
        `${withResource ? '| Resource ' : ''}| Property | Change | Before | After |`,
        `${withResource ? '|---' : ''}|---|---|---|---|`,
        ...changes.map((c) => `${lead(c)}| ${property(c)} | ${c.kind} | ${value(c.before)} | ${value(c.after)} |`),
    ];
}
function trimNote(p, b) {
    const left = [];
    const droppedDetails = p.details.length - Math.min(b.details, p.details.length);
    if (droppedDetails > 0)
        left.push(`details of ${droppedDetails} service${droppedDetails > 1 ? 's' : ''}`);
    if (!b.graph && p.graph)
        left.push('the plan graph');
    if (b.listItems < p.maxListItems)
        left.push('long lists');
    if (b.changeRows < p.changeRows.length)
        left.push(`${p.changeRows.length - b.changeRows} rows of changes`);
    const where = p.opts.detailsUrl
        ? `[Full plan in the run summary](${p.opts.detailsUrl}).`
        : 'The full plan is in the run summary.';
    return `> Shortened to fit: left out ${left.join(', ') || 'nothing'}. ${where}`;
}
/** The largest k in 0..n with ok(k), assuming ok is true up to some k and false after. */
function largest(n, ok) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function limitList(items, n) {
    if (items.length <= n)
        return items;
    return [...items.slice(0, n), `… ${items.length - n} more`];
}
function diagnosticMarkdown(d) {
    const severity = d.severity === 'note' ? 'note' : `**${d.severity}**`;
    const where = d.location ? ` ${d.location.file}:${d.location.line}:${d.location.column}:` : '';
    const hint = d.hint ? ` — ${d.hint}` : '';
    return `${severity} \`${d.code}\`${where} ${d.message}${hint}`;
}
function value(v) {
    if (v === undefined)
        return '';
    if ((0,common/* isChangeNote */.zH)(v))
        return `_${cell(v)}_`;
    return `\`${cell((0,common/* changeValue */.m$)(v)).replace(/`/g, "'")}\``;
}
function lastSegments(id) {
    const parts = id.split('/');
    return parts.length > 2 ? parts.slice(-2).join('/') : id;
}
/** Table cells: no pipes or line breaks. */
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Running text: one line. */
function inline(s) {
    return s.replace(/\r?\n/g, ' ');
}
function html(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./build/core/render/json.js
const TOP_LEVEL = [
    'schemaVersion',
    'tool',
    'project',
    'environment',
    'subscriptionId',
    'location',
    'fingerprint',
    'inputs',
    'summary',
    'estimatedSeconds',
    'criticalPath',
    'actions',
    'blocked',
    'conflicts',
    'subnets',
    'diagnostics',
];
const NESTED = [
    // tool, inputs, summary
    'name',
    'version',
    'config',
    'observed',
    'options',
    'create',
    'update',
    'delete',
    'noop',
    'blocked',
    // actions, blocked, conflicts
    'service',
    'title',
    'action',
    'reason',
    'dependsOn',
    'estimatedSeconds',
    'protected',
    'dataBearing',
    'resourceId',
    // resources, cleanup, changes
    'id',
    'type',
    'apiVersion',
    'resources',
    'cleanup',
    'step',
    'resourceIds',
    'changes',
    'resource',
    'path',
    'kind',
    'before',
    'after',
    'drift',
    // subnets
    'prefix',
    'delegation',
    'origin',
    'services',
    // diagnostics
    'severity',
    'code',
    'message',
    'location',
    'file',
    'line',
    'column',
    'hint',
];
const TOP_RANK = new Map(TOP_LEVEL.map((k, i) => [k, i]));
const NESTED_RANK = new Map(NESTED.map((k, i) => [k, i]));
function renderJson(plan) {
    return JSON.stringify(canonical(plan), null, 2) + '\n';
}
/** Same content, keys in a fixed order, undefined members dropped. */
function canonical(value, depth = 0) {
    if (Array.isArray(value))
        return value.map((v) => canonical(v, depth + 1));
    if (value === null || typeof value !== 'object')
        return value;
    const rank = depth === 0 ? TOP_RANK : NESTED_RANK;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => {
        const ra = rank.get(a) ?? Infinity;
        const rb = rank.get(b) ?? Infinity;
        if (ra !== rb)
            return ra - rb;
        return a < b ? -1 : a > b ? 1 : 0;
    });
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, depth + 1)]));
}

;// CONCATENATED MODULE: ./build/core/render/apply.js


const STATUS_SYMBOL = {
    succeeded: '✓',
    failed: '✗',
    skipped: '-',
    noop: '=',
};
function renderApplyText(result, opts) {
    const c = paint(opts.color);
    const out = [];
    const width = Math.max(7, ...result.outcomes.map((o) => o.service.length));
    for (const o of result.outcomes) {
        const duration = o.status === 'succeeded' || o.status === 'failed' ? (0,common/* formatDuration */.a3)(o.seconds) : '';
        const line = `  ${colourStatus(c, o.status, STATUS_SYMBOL[o.status])} ${padEnd(o.service, width)}  ${padEnd(common/* LABELS */.kg[o.action], 9)}  ${padEnd(colourStatus(c, o.status, o.status), 9)}  ${duration}`;
        out.push(line.trimEnd());
        if (o.error) {
            out.push(c.red(`      ${o.error.code}: ${o.error.message}`));
            if (o.error.hint)
                out.push(`      hint: ${o.error.hint}`);
        }
        if (o.status === 'skipped' && o.skippedBecause && o.skippedBecause.length > 0) {
            out.push(c.dim(`      skipped because ${o.skippedBecause.join(', ')} failed`));
        }
    }
    if (out.length > 0)
        out.push('');
    out.push(c.bold(applySummary(result)));
    return out.join('\n') + '\n';
}
function renderApplyMarkdown(plan, result) {
    const counts = countStatuses(result);
    const byService = new Map(plan.actions.map((a) => [a.service, a]));
    const out = [
        `## aifactory apply: ${plan.project} · ${plan.environment} — ${result.ok ? 'succeeded' : 'failed'}`,
        '',
        `**${applySummary(result)}**`,
        '',
        '| Succeeded | Failed | Skipped | No change | Duration | Estimated |',
        '|--:|--:|--:|--:|--:|--:|',
        `| ${counts.succeeded} | ${counts.failed} | ${counts.skipped} | ${counts.noop} | ${(0,common/* formatDuration */.a3)(result.seconds)} | ${(0,common/* formatDuration */.a3)(plan.estimatedSeconds)} |`,
        '',
    ];
    const changed = result.outcomes.filter((o) => o.status !== 'noop');
    if (changed.length > 0) {
        out.push('| | Service | Action | Outcome | Duration | Details |', '|:-:|---|---|---|--:|---|');
        for (const o of changed) {
            const est = byService.get(o.service)?.estimatedSeconds;
            const duration = o.status === 'skipped'
                ? ''
                : `${(0,common/* formatDuration */.a3)(o.seconds)}${est !== undefined ? ` (est. ${(0,common/* formatDuration */.a3)(est)})` : ''}`;
            out.push(`| ${STATUS_SYMBOL[o.status]} | \`${o.service}\` | ${common/* LABELS */.kg[o.action]} | ${o.status} | ${duration} | ${apply_cell(details(o))} |`);
        }
        out.push('');
    }
    const failures = result.outcomes.filter((o) => o.status === 'failed' && o.error);
    if (failures.length > 0) {
        out.push('### Failures', '');
        for (const o of failures) {
            out.push(`- \`${o.service}\` (${common/* LABELS */.kg[o.action]}): \`${o.error.code}\` — ${apply_inline(o.error.message)}`);
            if (o.error.hint)
                out.push(`  - What to do: ${apply_inline(o.error.hint)}`);
        }
        out.push('', 'Re-running the apply after fixing the cause continues where this one stopped: what exists and matches is left alone.', '');
    }
    const noop = result.outcomes.filter((o) => o.status === 'noop').map((o) => `\`${o.service}\``);
    if (noop.length > 0)
        out.push(`**No change (${noop.length}):** ${noop.join(', ')}`, '');
    return out.join('\n').trimEnd() + '\n';
}
function applySummary(result) {
    const n = countStatuses(result);
    const parts = [
        `${n.succeeded} succeeded`,
        `${n.failed} failed`,
        `${n.skipped} skipped`,
        `${n.noop} unchanged`,
    ];
    return `Apply ${result.ok ? 'complete' : 'failed'}: ${parts.join(', ')} in ${(0,common/* formatDuration */.a3)(result.seconds)}.`;
}
function countStatuses(result) {
    const counts = { succeeded: 0, failed: 0, skipped: 0, noop: 0 };
    for (const o of result.outcomes)
        counts[o.status]++;
    return counts;
}
function details(o) {
    if (o.status === 'failed' && o.error)
        return `\`${o.error.code}\`: ${o.error.message}`;
    if (o.status === 'skipped') {
        return o.skippedBecause && o.skippedBecause.length > 0
            ? `skipped because ${o.skippedBecause.map((s) => `\`${s}\``).join(', ')} failed`
            : 'skipped';
    }
    return '';
}
function colourStatus(c, status, s) {
    switch (status) {
        case 'succeeded':
            return c.green(s);
        case 'failed':
            return c.red(s);
        case 'skipped':
            return c.yellow(s);
        default:
            return c.dim(s);
    }
}
function apply_cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function apply_inline(s) {
    return s.replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./build/core/render/index.js
// Plan and apply renderers: text for terminals, Markdown (with a Mermaid graph) for summaries and comments,
// JSON for machines, Mermaid and DOT for `aifactory graph`.








/***/ }),

/***/ 6195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   N: () => (/* binding */ serviceOption),
/* harmony export */   ep: () => (/* binding */ nameServiceResources),
/* harmony export */   yo: () => (/* binding */ optionIsSet)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5562);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5663);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1468);
// The resources a service's catalog entry lists, named and placed: one per spec, or one per entry of a
// `forEach` list option. Bodies are resolved later, once every name and id of the environment is known.




/** A service option from the config, else the catalog's default for it. */
function serviceOption(ctx, service, path) {
    const value = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Y)(ctx.config.services?.[service.id] ?? {}, path);
    if (value !== undefined)
        return value;
    const [head, ...rest] = path.split('.');
    const option = service.options?.find((o) => o.name === head);
    if (option?.default === undefined)
        return undefined;
    return rest.length > 0 ? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Y)(option.default, rest.join('.')) : option.default;
}
/** An option counts as set when the config (or its default) gives it a value other than null or ''. */
function optionIsSet(ctx, service, name) {
    const value = serviceOption(ctx, service, name);
    return value !== undefined && value !== null && value !== '';
}
/** The spec's body with the parts that depend on the service's options (`bodyWhenOption`) merged in. */
function bodyOf(ctx, service, spec) {
    let body = spec.body ?? {};
    for (const part of spec.bodyWhenOption ?? []) {
        const extra = optionIsSet(ctx, service, part.option) ? part.set : part.unset;
        if (extra)
            body = deepMerge(body, extra);
    }
    return body;
}
function deepMerge(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra)) {
        const current = out[key];
        out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    return out;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function nameServiceResources(ctx, service, diagnostics, lookup = () => 'off') {
    const out = [];
    const byKey = new Map();
    for (const spec of service.resources) {
        if (!(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .modeAllows */ .Sy)(spec, ctx.mode))
            continue;
        const resourceGroup = ctx.resourceGroups[spec.resourceGroup];
        if (spec.type === _context_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_GROUP_TYPE */ .Ei && !resourceGroup.managed)
            continue;
        for (const item of itemsOf(ctx, service, spec, diagnostics)) {
            const itemName = item ? String(item.name) : undefined;
            const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(spec.name, ctx.names, itemName, spec.type);
            if (built.problem) {
                diagnostics.push({
                    severity: 'error',
                    code: 'names.invalid',
                    message: `${service.id}: the name of ${spec.type} (${spec.key}${itemName ? ` '${itemName}'` : ''}) cannot be used: ${built.problem}`,
                    hint: 'shorten project.prefix or project.scaleSet, or pick a location with a shorter code',
                });
            }
            let named;
            if (spec.type === _context_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_GROUP_TYPE */ .Ei) {
                const id = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceGroupId */ .x6)(ctx.subscriptionId, built.name);
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id,
                    resourceGroup: { ...resourceGroup, name: built.name, id },
                };
            }
            else if (spec.parent) {
                const parent = spec.parentService ? lookup(spec.parentService, spec.parent) : byKey.get(spec.parent);
                if (!parent || parent === 'off') {
                    diagnostics.push({
                        severity: 'error',
                        code: 'catalog.parent',
                        message: `${service.id}: resource '${spec.key}' names parent '${spec.parentService ? `${spec.parentService}.` : ''}${spec.parent}', which ${parent === 'off' ? `is off in environment '${ctx.env}'` : `is not created in network mode '${ctx.mode}'`}`,
                        hint: spec.parentService ? `switch ${spec.parentService} on` : undefined,
                    });
                    continue;
                }
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: `${parent.armName}/${built.name}`,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .childId */ ._U)(parent.id, spec.type, built.name),
                    resourceGroup: parent.resourceGroup,
                    parentId: parent.id,
                    scope: parent.scope,
                    subscriptionLevel: parent.subscriptionLevel,
                };
            }
            else if (spec.deployScope?.kind === 'subscription') {
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: `/subscriptions/${ctx.subscriptionId}/providers/${spec.type}/${built.name}`,
                    resourceGroup: { ...resourceGroup, name: '', id: '' },
                    subscriptionLevel: true,
                };
            }
            else if (spec.deployScope?.kind === 'extension') {
                const target = lookup(spec.deployScope.service, spec.deployScope.resource);
                if (target === 'off')
                    continue; // the resource it would extend is not in this environment
                if (!target) {
                    diagnostics.push({
                        severity: 'error',
                        code: 'catalog.extension-target',
                        message: `${service.id}: resource '${spec.key}' extends ${spec.deployScope.service}${spec.deployScope.resource ? `.${spec.deployScope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
                    });
                    continue;
                }
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: `${target.id}/providers/${spec.type}/${built.name}`,
                    resourceGroup: target.resourceGroup,
                    scope: target.id,
                };
            }
            else {
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceId */ .a)(resourceGroup.id, spec.type, built.name),
                    resourceGroup,
                };
            }
            if (!byKey.has(spec.key))
                byKey.set(spec.key, named);
            out.push(named);
        }
    }
    return out;
}
/** `[undefined]` for a plain spec; the list entries for a `forEach` spec (none when the option is absent). */
function itemsOf(ctx, service, spec, diagnostics) {
    if (!spec.forEach)
        return [undefined];
    const list = serviceOption(ctx, service, spec.forEach);
    if (list === undefined)
        return [];
    const where = `services.${service.id}.${spec.forEach}`;
    if (!Array.isArray(list)) {
        diagnostics.push({
            severity: 'error',
            code: 'config.type',
            message: `${where} must be a list`,
            location: ctx.config.locations?.[where],
        });
        return [];
    }
    const items = [];
    list.forEach((entry, i) => {
        if (entry === null ||
            typeof entry !== 'object' ||
            typeof entry.name !== 'string') {
            diagnostics.push({
                severity: 'error',
                code: 'config.type',
                message: `${where}[${i}] needs a 'name' (a string)`,
                location: ctx.config.locations?.[`${where}.${i}`] ?? ctx.config.locations?.[where],
            });
            return;
        }
        items.push(entry);
    });
    return items;
}


/***/ }),

/***/ 3343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ RESOURCE_GROUP_TYPE),
/* harmony export */   Fj: () => (/* binding */ TAG_SERVICE),
/* harmony export */   JQ: () => (/* binding */ TAG_ENVIRONMENT),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Pl: () => (/* binding */ TAG_PROJECT),
/* harmony export */   RJ: () => (/* binding */ TAG_MANAGED_BY),
/* harmony export */   Sy: () => (/* binding */ modeAllows),
/* harmony export */   YF: () => (/* binding */ TAG_HASH),
/* harmony export */   eN: () => (/* binding */ platformApiVersion),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   qM: () => (/* binding */ subnetAzureName),
/* harmony export */   x6: () => (/* binding */ resourceGroupId)
/* harmony export */ });
/* unused harmony exports VNET_TYPE, resourceGroupSpec */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5562);
// Everything a resource of one project environment is built from, computed once: subscription, location,
// name tokens, resource groups, the VNet, ownership tags. Derived from the config alone (no observed state),
// so the observer's scope and the desired state always agree on names.

const MANAGED_BY = 'aifactory-flags';
const TAG_MANAGED_BY = 'aifactory-managed-by';
const TAG_PROJECT = 'aifactory-project';
const TAG_ENVIRONMENT = 'aifactory-environment';
const TAG_SERVICE = 'aifactory-service';
const TAG_HASH = 'aifactory-hash';
const RESOURCE_GROUP_TYPE = 'Microsoft.Resources/resourceGroups';
const VNET_TYPE = 'Microsoft.Network/virtualNetworks';
// Resource group names as today's AI Factory pipelines spell them; used when the catalog has no rule for them.
const RESOURCE_GROUP_RULE = {
    minLength: 1,
    maxLength: 90,
    allowed: '[-\\w.()]*[-\\w()]',
    allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
    uniqueness: 'subscription',
};
const DEFAULT_RG_PATTERNS = {
    project: '{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg',
    common: '{prefix}-esml-common-{loc}-{env}-{scaleSet}',
};
function resourceGroupId(subscriptionId, name) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
}
function modeAllows(spec, mode) {
    return !spec.modes || spec.modes.includes(mode);
}
/** The catalog's resource spec for a resource group of the given role, when it has one. */
function resourceGroupSpec(catalog, role) {
    const service = catalog.services.find((s) => s.id === 'resourceGroups');
    return service?.resources.find((r) => r.type === RESOURCE_GROUP_TYPE && r.resourceGroup === role);
}
function createContext(config, env, catalog, overrides = {}) {
    const diagnostics = [];
    const envConfig = config.environments[env];
    if (!envConfig)
        throw new Error(`environment '${env}' is not in the config`);
    const location = envConfig.location ?? config.project.location;
    const region = catalog.regions.find((r) => r.name === location.toLowerCase());
    if (!region) {
        diagnostics.push({
            severity: 'error',
            code: 'config.unknown-region',
            message: `location '${location}' is not a region the catalog knows`,
            hint: 'use an Azure region name such as swedencentral',
        });
    }
    const project = `prj${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProjectNumber */ .kQ)(config.project.number)}`;
    const azureEnv = catalog.environmentNames[env] ?? env;
    const salt = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .computeSalt */ .GZ)(envConfig.subscriptionId, config.project.prefix, project, env, config.project.scaleSet);
    const names = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameContext */ .Lv)({
        prefix: config.project.prefix,
        projectNumber: config.project.number,
        env: azureEnv,
        location,
        loc: region?.short ?? location,
        scaleSet: config.project.scaleSet,
        salt,
    });
    const mode = config.network.mode;
    const subscriptionId = envConfig.subscriptionId;
    const resourceGroups = {};
    for (const role of ['project', 'common']) {
        const spec = resourceGroupSpec(catalog, role);
        const rule = spec?.name ?? { ...RESOURCE_GROUP_RULE, pattern: DEFAULT_RG_PATTERNS[role] };
        const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(rule, names, undefined, RESOURCE_GROUP_TYPE);
        if (built.problem) {
            diagnostics.push({
                severity: 'error',
                code: 'names.invalid',
                message: `resourceGroups: the ${role} resource group name cannot be built: ${built.problem}`,
                hint: 'shorten project.prefix or project.scaleSet',
            });
        }
        // The project RG is always ours; the common RG only where the catalog creates it in this mode (standalone).
        const managed = role === 'project' ? true : spec ? modeAllows(spec, mode) : mode === 'standalone';
        resourceGroups[role] = {
            role,
            name: built.name,
            id: resourceGroupId(subscriptionId, built.name),
            managed,
        };
    }
    const ownershipTags = {
        [TAG_MANAGED_BY]: MANAGED_BY,
        [TAG_PROJECT]: project,
        [TAG_ENVIRONMENT]: env,
    };
    const ctx = {
        config,
        env,
        envConfig,
        catalog,
        mode,
        subscriptionId,
        tenantId: envConfig.tenantId ?? overrides.tenantId,
        location,
        project,
        names,
        resourceGroups,
        ownershipTags,
        diagnostics,
    };
    ctx.vnet = vnetOf(ctx);
    return ctx;
}
/**
 * The VNet the project's subnets live in: ours when the `network` service creates one in this mode, else the
 * platform's, named in the environment's network settings (default: the common resource group).
 */
function vnetOf(ctx) {
    const network = ctx.catalog.services.find((s) => s.id === 'network');
    const spec = network?.resources.find((r) => r.type === VNET_TYPE && modeAllows(r, ctx.mode));
    if (spec) {
        const rg = ctx.resourceGroups[spec.resourceGroup];
        const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(spec.name, ctx.names, undefined, VNET_TYPE);
        // A bad VNet name is reported with the network service's other names by the desired-state builder.
        return {
            id: `${rg.id}/providers/${VNET_TYPE}/${built.name}`,
            name: built.name,
            resourceGroup: rg.name,
            ours: true,
        };
    }
    const byo = ctx.envConfig.network;
    if (byo?.vnetName) {
        const resourceGroup = byo.vnetResourceGroup ?? ctx.resourceGroups.common.name;
        return {
            id: `${resourceGroupId(ctx.subscriptionId, resourceGroup)}/providers/${VNET_TYPE}/${byo.vnetName}`,
            name: byo.vnetName,
            resourceGroup,
            ours: false,
        };
    }
    return undefined;
}
/** Azure's name of a logical subnet (`genai`) for this project: subnets of many projects share one VNet. */
function subnetAzureName(ctx, logical) {
    return `snt-${ctx.project}-${logical}`;
}
/** The GA api-version the catalog fixes for a type the core generates; a missing one is a catalog error. */
function platformApiVersion(ctx, type) {
    const version = ctx.catalog.platformApiVersions?.[type];
    if (version)
        return version;
    const code = 'catalog.api-version';
    if (!ctx.diagnostics.some((d) => d.code === code && d.message.includes(type))) {
        ctx.diagnostics.push({
            severity: 'error',
            code,
            message: `the catalog has no api-version for ${type} (platformApiVersions)`,
            hint: 'add the GA api-version of this type to the catalog',
        });
    }
    return '';
}


/***/ }),

/***/ 512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ DIAGNOSTIC_SETTINGS_TYPE),
/* harmony export */   kN: () => (/* binding */ diagnosticSettingsResources)
/* harmony export */ });
/* unused harmony exports DIAGNOSTIC_SETTINGS_NAME, LOG_ANALYTICS_SERVICE */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5663);


const DIAGNOSTIC_SETTINGS_TYPE = 'Microsoft.Insights/diagnosticSettings';
const DIAGNOSTIC_SETTINGS_NAME = 'aifactory-to-log-analytics';
const LOG_ANALYTICS_SERVICE = 'logAnalytics';
const WORKSPACE_TYPE = 'Microsoft.OperationalInsights/workspaces';
function diagnosticSettingsResources(ctx, services, named, diagnostics) {
    const workspace = (named.get(LOG_ANALYTICS_SERVICE) ?? []).find((r) => r.spec.type === WORKSPACE_TYPE);
    if (!workspace)
        return []; // No workspace in this environment: nowhere to send them.
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, DIAGNOSTIC_SETTINGS_TYPE);
    const drafts = [];
    for (const service of services) {
        for (const spec of service.diagnostics) {
            const targets = (named.get(service.id) ?? []).filter((r) => r.spec.key === spec.resource);
            if (targets.length === 0) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.diagnostics-target',
                    message: `${service.id}: diagnostic settings attach to resource '${spec.resource}', which the service does not create in network mode '${ctx.mode}'`,
                });
                continue;
            }
            for (const target of targets) {
                drafts.push({
                    service: service.id,
                    key: `diag:${target.spec.key}:${target.name}`,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .extensionId */ .DC)(target.id, DIAGNOSTIC_SETTINGS_TYPE, DIAGNOSTIC_SETTINGS_NAME),
                    type: DIAGNOSTIC_SETTINGS_TYPE,
                    apiVersion,
                    name: DIAGNOSTIC_SETTINGS_NAME,
                    resourceGroup: target.resourceGroup.name,
                    subscriptionId: ctx.subscriptionId,
                    scope: target.id,
                    body: { properties: settingsBody(spec, workspace.id) },
                    dependsOn: [target.id, workspace.id],
                    role: 'diagnosticSettings',
                });
            }
        }
    }
    return drafts;
}
function settingsBody(spec, workspaceId) {
    const logs = spec.logs === 'allLogs' || spec.logs === 'audit'
        ? [{ categoryGroup: spec.logs, enabled: true }]
        : spec.logs.map((category) => ({ category, enabled: true }));
    const body = { workspaceId, logs };
    if (spec.metrics)
        body.metrics = [{ category: 'AllMetrics', enabled: true }];
    return body;
}


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ extensionId),
/* harmony export */   Xz: () => (/* binding */ isTracked),
/* harmony export */   _U: () => (/* binding */ childId),
/* harmony export */   a: () => (/* binding */ resourceId)
/* harmony export */ });
/** ARM id of a top-level resource in a resource group. */
function resourceId(resourceGroupId, type, name) {
    return `${resourceGroupId}/providers/${type}/${name}`;
}
/** ARM id of a child: the parent's id plus the child type's last segment and the child's own name. */
function childId(parentId, childType, childName) {
    const segment = childType.split('/').pop();
    return `${parentId}/${segment}/${childName}`;
}
/** ARM id of an extension resource (role assignment, diagnostic setting) on a target resource. */
function extensionId(scopeId, type, name) {
    return `${scopeId}/providers/${type}/${name}`;
}
/**
 * Resources this tool can recognise in a resource-group listing by their tags: top-level resources inside a
 * resource group (and resource groups themselves). Children, extension resources and subscription-level
 * resources are not returned by ARM's list-by-resource-group call and several cannot carry tags; they are
 * covered by the hash of their service's first main resource instead.
 */
function isTracked(r) {
    if (r.type === 'Microsoft.Resources/resourceGroups')
        return true;
    if (r.scope || !/\/resourceGroups\/[^/]+\/providers\//i.test(r.id))
        return false;
    return r.type.split('/').length === 2 && !EXTENSION_TYPES.has(r.type.toLowerCase());
}
const EXTENSION_TYPES = new Set([
    'microsoft.authorization/roleassignments',
    'microsoft.insights/diagnosticsettings',
    'microsoft.authorization/locks',
]);


/***/ }),

/***/ 8602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PR: () => (/* binding */ endpointResources),
/* harmony export */   jz: () => (/* binding */ PRIVATE_ENDPOINT_TYPE)
/* harmony export */ });
/* unused harmony exports ZONE_GROUP_TYPE, DNS_ZONE_TYPE, VNET_LINK_TYPE, DNS_SERVICE, ENDPOINT_SUBNET, ownsDnsZones, neededZones, dnsZoneId, endpointName */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5663);


const PRIVATE_ENDPOINT_TYPE = 'Microsoft.Network/privateEndpoints';
const ZONE_GROUP_TYPE = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';
const DNS_ZONE_TYPE = 'Microsoft.Network/privateDnsZones';
const VNET_LINK_TYPE = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
const DNS_SERVICE = 'privateDnsZones';
/** The logical subnet private endpoints live in. */
const ENDPOINT_SUBNET = 'genai';
const PE_NAME_MAX = 64;
const PE_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
/** True when this project environment creates its own private DNS zones. */
function ownsDnsZones(ctx, enabled) {
    return (ctx.mode === 'standalone' || ctx.mode === 'hybrid') && enabled.has(DNS_SERVICE);
}
/** Every DNS zone the enabled services' endpoints need, sorted, without duplicates. */
function neededZones(services) {
    return [...new Set(services.flatMap((s) => s.privateEndpoints.flatMap((p) => p.dnsZones)))].sort();
}
function dnsZoneId(ctx, enabled, zone, diagnostics) {
    if (ownsDnsZones(ctx, enabled)) {
        const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE);
        return (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)(ctx.resourceGroups[dns.scope].id, DNS_ZONE_TYPE, zone);
    }
    const central = ctx.envConfig.network;
    if (!central?.dnsZonesResourceGroup) {
        if (!diagnostics.some((d) => d.code === 'config.central-dns')) {
            diagnostics.push({
                severity: 'error',
                code: 'config.central-dns',
                message: `environment '${ctx.env}': private endpoints need DNS zones, and in network mode '${ctx.mode}' they are the hub's`,
                hint: `set environments.${ctx.env}.network.dnsZonesResourceGroup (and dnsZonesSubscriptionId when the zones live in another subscription)`,
                location: ctx.config.locations?.[`environments.${ctx.env}`],
            });
        }
        return undefined;
    }
    const subscription = central.dnsZonesSubscriptionId ?? ctx.subscriptionId;
    return (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceGroupId */ .x6)(subscription, central.dnsZonesResourceGroup), DNS_ZONE_TYPE, zone);
}
function endpointResources(input) {
    const { ctx, services, named, enabled, diagnostics } = input;
    const drafts = [];
    const anyEndpoint = services.some((s) => s.privateEndpoints.length > 0);
    if (!anyEndpoint)
        return drafts;
    const subnetName = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .subnetAzureName */ .qM)(ctx, ENDPOINT_SUBNET);
    const subnetId = ctx.vnet && input.subnets.has(subnetName) ? `${ctx.vnet.id}/subnets/${subnetName}` : undefined;
    if (!subnetId) {
        diagnostics.push({
            severity: 'error',
            code: 'desired.endpoint-subnet',
            message: ctx.vnet
                ? `private endpoints need the '${ENDPOINT_SUBNET}' subnet, which no enabled service asks for`
                : `private endpoints need a VNet: in network mode '${ctx.mode}' set environments.${ctx.env}.network.vnetName (and vnetResourceGroup)`,
        });
    }
    const owned = ownsDnsZones(ctx, enabled);
    if (owned)
        drafts.push(...zoneResources(ctx, enabled, neededZones(services), diagnostics));
    const peApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, PRIVATE_ENDPOINT_TYPE);
    const groupApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, ZONE_GROUP_TYPE);
    for (const service of services) {
        for (const pe of service.privateEndpoints) {
            const target = named.get(service.id)?.find((r) => r.spec.key === pe.resource);
            if (!target) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.endpoint-target',
                    message: `${service.id}: a private endpoint points at resource '${pe.resource}', which the service does not create in network mode '${ctx.mode}'`,
                });
                continue;
            }
            const name = endpointName(target.name, pe.groupId);
            if (!PE_NAME.test(name)) {
                diagnostics.push({
                    severity: 'error',
                    code: 'names.invalid',
                    message: `${service.id}: the private endpoint name "${name}" is not valid for ${PRIVATE_ENDPOINT_TYPE}: letters, digits, underscores, periods and hyphens, starting with a letter or digit`,
                });
            }
            const rg = ctx.resourceGroups.project;
            const id = (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)(rg.id, PRIVATE_ENDPOINT_TYPE, name);
            const dependsOn = [target.id];
            if (subnetId)
                dependsOn.push(subnetId);
            drafts.push({
                service: service.id,
                key: `pe:${pe.resource}:${pe.groupId}`,
                id,
                type: PRIVATE_ENDPOINT_TYPE,
                apiVersion: peApi,
                name,
                resourceGroup: rg.name,
                subscriptionId: ctx.subscriptionId,
                body: {
                    location: ctx.location,
                    properties: {
                        subnet: { id: subnetId ?? '' },
                        privateLinkServiceConnections: [
                            { name, properties: { privateLinkServiceId: target.id, groupIds: [pe.groupId] } },
                        ],
                    },
                },
                dependsOn,
                role: 'privateEndpoint',
            });
            const zoneIds = pe.dnsZones
                .map((zone) => ({ zone, id: dnsZoneId(ctx, enabled, zone, diagnostics) }))
                .filter((z) => z.id !== undefined);
            if (zoneIds.length === 0)
                continue;
            drafts.push({
                service: service.id,
                key: `pe:${pe.resource}:${pe.groupId}:dns`,
                id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .childId */ ._U)(id, ZONE_GROUP_TYPE, 'default'),
                type: ZONE_GROUP_TYPE,
                apiVersion: groupApi,
                name: `${name}/default`,
                resourceGroup: rg.name,
                subscriptionId: ctx.subscriptionId,
                body: {
                    properties: {
                        privateDnsZoneConfigs: zoneIds.map((z) => ({
                            name: z.zone.replace(/\./g, '-'),
                            properties: { privateDnsZoneId: z.id },
                        })),
                    },
                },
                dependsOn: [id, ...(owned ? zoneIds.map((z) => z.id) : [])],
                role: 'dnsZone',
            });
        }
    }
    return drafts;
}
/** `pe-<target>-<group>`, the target part shortened when the whole would pass the type's 64 characters. */
function endpointName(targetName, groupId) {
    const suffix = `-${groupId.toLowerCase()}`;
    const room = PE_NAME_MAX - 'pe-'.length - suffix.length;
    return `pe-${targetName.slice(0, room).replace(/[-.]+$/, '')}${suffix}`;
}
function zoneResources(ctx, enabled, zones, diagnostics) {
    const drafts = [];
    const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE);
    const rg = ctx.resourceGroups[dns.scope];
    const zoneApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, DNS_ZONE_TYPE);
    const linkApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, VNET_LINK_TYPE);
    for (const zone of zones) {
        const id = dnsZoneId(ctx, enabled, zone, diagnostics);
        const dependsOn = rg.managed ? [rg.id] : [];
        drafts.push({
            service: DNS_SERVICE,
            key: `zone:${zone}`,
            id,
            type: DNS_ZONE_TYPE,
            apiVersion: zoneApi,
            name: zone,
            resourceGroup: rg.name,
            subscriptionId: ctx.subscriptionId,
            body: { location: 'global', properties: {} },
            dependsOn,
            role: 'dnsZone',
        });
        if (!ctx.vnet)
            continue;
        const linkName = `link-${ctx.vnet.name}`.slice(0, 80);
        drafts.push({
            service: DNS_SERVICE,
            key: `zone:${zone}:link`,
            id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .childId */ ._U)(id, VNET_LINK_TYPE, linkName),
            type: VNET_LINK_TYPE,
            apiVersion: linkApi,
            name: `${zone}/${linkName}`,
            resourceGroup: rg.name,
            subscriptionId: ctx.subscriptionId,
            body: {
                location: 'global',
                properties: { virtualNetwork: { id: ctx.vnet.id }, registrationEnabled: false },
            },
            dependsOn: ctx.vnet.ours ? [id, ctx.vnet.id] : [id],
            role: 'dnsZone',
        });
    }
    return drafts;
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ resolvePlaceholders),
/* harmony export */   Y: () => (/* binding */ getPath)
/* harmony export */ });
// Placeholders in catalog bodies (`{{name:keyVault.vault}}`, `{{subnetId:genai}}`, …), resolved to concrete
// values so the executor deploys fully concrete templates. `{{principalId:svc}}` is the one token left as
// is: the identity's principal id exists only after that identity has been created.
const TOKEN = /\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}$/;
function resolvePlaceholders(body, resolve) {
    const dependsOn = new Set();
    const errors = [];
    const apply = (token, kind, arg) => {
        const r = resolve(kind, arg?.trim() || undefined);
        if (r.error)
            errors.push(`${token}: ${r.error}`);
        if (r.dependsOn)
            dependsOn.add(r.dependsOn);
        return r;
    };
    const walk = (value) => {
        if (typeof value === 'string') {
            const whole = WHOLE.exec(value);
            if (whole) {
                const r = apply(value, whole[1], whole[2]);
                // A whole-string placeholder keeps the value's JSON type (a number stays a number).
                return r.keep || r.error ? value : r.value;
            }
            if (!value.includes('{{'))
                return value;
            return value.replace(TOKEN, (token, kind, arg) => {
                const r = apply(token, kind, arg);
                if (r.keep || r.error)
                    return token;
                if (r.value !== null && typeof r.value === 'object') {
                    errors.push(`${token}: is an object and cannot be part of a longer string`);
                    return token;
                }
                return String(r.value);
            });
        }
        if (Array.isArray(value))
            return value.map(walk);
        if (value !== null && typeof value === 'object') {
            const out = {};
            // Keys too: ARM keys user-assigned identities by their resource id (`{ "{{identityId}}": {} }`).
            for (const [k, v] of Object.entries(value)) {
                const key = k.includes('{{') ? walk(k) : k;
                out[typeof key === 'string' ? key : k] = walk(v);
            }
            return out;
        }
        return value;
    };
    return { body: walk(body), dependsOn: [...dependsOn], errors };
}
/** Reads a dot path (`a.b.0.c`) from a value; undefined when any step is missing. */
function getPath(value, path) {
    let current = value;
    for (const part of path.split('.')) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[part];
    }
    return current;
}


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ COSMOS_SQL_ROLE_ASSIGNMENT_TYPE),
/* harmony export */   eg: () => (/* binding */ ROLE_ASSIGNMENT_TYPE),
/* harmony export */   tG: () => (/* binding */ roleAssignmentResources)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7384);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5663);
// Role assignments as deterministic resources: the name is a GUID derived from scope, principal and role, so
// the same assignment has the same id on every run and a re-run is a no-op, not a duplicate.



const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';
/** Cosmos DB's own data-plane role assignments: a child of the account, not an Azure RBAC extension resource. */
const COSMOS_SQL_ROLE_ASSIGNMENT_TYPE = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments';
const PROJECT_IDENTITY_SERVICE = 'managedIdentity';
function roleAssignmentResources(input) {
    const { ctx, services, named, diagnostics } = input;
    const enabled = new Set(services.map((s) => s.id));
    const drafts = [];
    const seen = new Set();
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, ROLE_ASSIGNMENT_TYPE);
    const add = (owner, spec, principals) => {
        // A relationship to a service that is off simply does not exist in this environment.
        if (!enabled.has(spec.scope.service))
            return;
        const targets = named.get(spec.scope.service) ?? [];
        const target = spec.scope.resource ? targets.find((r) => r.spec.key === spec.scope.resource) : targets[0];
        if (!target) {
            diagnostics.push({
                severity: 'error',
                code: 'catalog.role-scope',
                message: `${owner}: role '${spec.role}' is scoped to ${spec.scope.service}${spec.scope.resource ? `.${spec.scope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
            });
            return;
        }
        const ownKeys = (keys) => (keys ?? []).flatMap((key) => (named.get(owner) ?? []).filter((r) => r.spec.key === key).map((r) => r.id));
        const after = ownKeys(spec.after);
        const before = ownKeys(spec.before);
        for (const principal of principals) {
            const draft = spec.cosmosSql
                ? cosmosSqlDraft(ctx, owner, spec, target, principal)
                : rbacDraft(ctx, owner, spec, target, principal, apiVersion);
            if (seen.has(draft.id))
                continue;
            seen.add(draft.id);
            draft.dependsOn.push(...after);
            drafts.push(draft);
            for (const id of before)
                input.mustWait?.(id, draft.id);
        }
    };
    const identityOf = (service, resource) => {
        if (!enabled.has(service))
            return [];
        const list = named.get(service) ?? [];
        if (resource) {
            const found = list.find((r) => r.spec.key === resource);
            if (!found) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.role-principal',
                    message: `a role assignment names the identity of ${service}.${resource}, which is no resource of '${service}' here`,
                });
                return [];
            }
            return [
                {
                    key: `service:${service}.${resource}`,
                    principalId: `{{principalId:${service}.${resource}}}`,
                    principalType: 'ServicePrincipal',
                    dependsOn: found.id,
                },
            ];
        }
        const identity = list.find((r) => !r.parentId) ?? list[0];
        return [
            {
                // Unchanged for service-wide identities, so existing assignments keep their names.
                key: `service:${service}`,
                principalId: `{{principalId:${service}}}`,
                principalType: 'ServicePrincipal',
                dependsOn: identity?.id,
            },
        ];
    };
    for (const service of services) {
        for (const spec of service.roleAssignments) {
            const p = spec.principal;
            const principals = p.kind === 'serviceIdentity'
                ? identityOf(p.service, p.resource)
                : p.kind === 'projectIdentity'
                    ? identityOf(PROJECT_IDENTITY_SERVICE)
                    : personaPrincipals(ctx, p.persona);
            add(service.id, spec, principals);
        }
    }
    // Persona access belongs to the service it grants access to: it comes and goes with that service.
    for (const [persona, specs] of Object.entries(ctx.catalog.personas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        for (const spec of specs)
            add(spec.scope.service, spec, personaPrincipals(ctx, persona));
    }
    return drafts;
}
function personaPrincipals(ctx, persona) {
    return (ctx.envConfig.personas?.[persona] ?? []).map((groupId) => ({
        key: `group:${groupId.toLowerCase()}`,
        principalId: groupId,
        principalType: 'Group',
    }));
}
function rbacDraft(ctx, owner, spec, target, principal, apiVersion) {
    const name = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .deterministicGuid */ .wj)(target.id.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
    return {
        service: owner,
        key: `role:${spec.role}:${principal.key}:${target.spec.key}`,
        id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .extensionId */ .DC)(target.id, ROLE_ASSIGNMENT_TYPE, name),
        type: ROLE_ASSIGNMENT_TYPE,
        apiVersion,
        name,
        resourceGroup: target.resourceGroup.name,
        subscriptionId: ctx.subscriptionId,
        scope: target.id,
        body: {
            properties: {
                roleDefinitionId: `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${spec.roleDefinitionId}`,
                principalId: principal.principalId,
                principalType: principal.principalType,
            },
        },
        dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
        role: 'roleAssignment',
    };
}
/**
 * A Cosmos DB SQL role assignment: Cosmos checks data-plane access against its own role definitions
 * (`<account>/sqlRoleDefinitions/<guid>`), which Azure RBAC assignments do not grant.
 */
function cosmosSqlDraft(ctx, owner, spec, target, principal) {
    const scope = `${target.id}${spec.cosmosSql?.path ?? ''}`;
    const name = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .deterministicGuid */ .wj)(scope.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
    return {
        service: owner,
        key: `cosmosSqlRole:${spec.role}:${principal.key}:${target.spec.key}`,
        id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .childId */ ._U)(target.id, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE, name),
        type: COSMOS_SQL_ROLE_ASSIGNMENT_TYPE,
        apiVersion: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE),
        name,
        resourceGroup: target.resourceGroup.name,
        subscriptionId: ctx.subscriptionId,
        body: {
            properties: {
                roleDefinitionId: `${target.id}/sqlRoleDefinitions/${spec.roleDefinitionId}`,
                principalId: principal.principalId,
                scope,
            },
        },
        dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
        role: 'roleAssignment',
    };
}


/***/ }),

/***/ 2358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ SUBNET_TYPE),
/* harmony export */   Mp: () => (/* binding */ subnetBodies),
/* harmony export */   Qw: () => (/* binding */ withInlineSubnets),
/* harmony export */   Vu: () => (/* binding */ subnetResources),
/* harmony export */   aF: () => (/* binding */ subnetRequests)
/* harmony export */ });
/* harmony import */ var _catalog_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6195);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3343);


const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
function subnetRequests(ctx, services, diagnostics) {
    const byName = new Map();
    for (const service of services) {
        for (const need of service.subnets) {
            if (need.unlessOption && (0,_catalog_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .optionIsSet */ .yo)(ctx, service, need.unlessOption))
                continue;
            const name = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .subnetAzureName */ .qM)(ctx, need.name);
            const known = byName.get(name);
            if (!known) {
                byName.set(name, {
                    name,
                    prefixLength: need.prefixLength,
                    delegation: need.delegation,
                    services: [service.id],
                });
                continue;
            }
            // Shared subnet: the largest size asked for wins; two different delegations cannot share one subnet.
            known.prefixLength = Math.min(known.prefixLength, need.prefixLength);
            if (need.delegation && known.delegation && need.delegation !== known.delegation) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.subnet-delegation',
                    message: `subnet '${need.name}' is delegated to ${known.delegation} by ${known.services.join(', ')} and to ${need.delegation} by ${service.id}`,
                });
            }
            known.delegation ??= need.delegation;
            known.services.push(service.id);
        }
    }
    return [...byName.values()];
}
/** The ARM `properties` of each allocated subnet: range, delegation, the project's NSG. */
function subnetBodies(allocations, nsgId) {
    return allocations.map((allocation) => {
        const properties = { addressPrefix: allocation.prefix };
        if (allocation.delegation) {
            properties.delegations = [{ name: 'delegation', properties: { serviceName: allocation.delegation } }];
        }
        if (nsgId)
            properties.networkSecurityGroup = { id: nsgId };
        return { name: allocation.name, properties };
    });
}
/** Our own VNet's body with its subnets inline (standalone): it then waits for the NSG they name. */
function withInlineSubnets(vnet, subnets, nsgId) {
    const properties = { ...(vnet.body.properties ?? {}) };
    properties.subnets = subnets;
    vnet.body = { ...vnet.body, properties };
    if (nsgId && subnets.length > 0 && !vnet.dependsOn.includes(nsgId))
        vnet.dependsOn = [...vnet.dependsOn, nsgId];
}
/** Subnets as child resources of a VNet this tool never PUTs (the platform's, in hub-spoke and vWAN). */
function subnetResources(ctx, allocations, owner, nsgId) {
    const vnet = ctx.vnet;
    if (!vnet)
        return [];
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, SUBNET_TYPE);
    const drafts = [];
    let previous;
    for (const allocation of allocations) {
        const id = `${vnet.id}/subnets/${allocation.name}`;
        const { properties } = subnetBodies([allocation], nsgId)[0];
        const dependsOn = [];
        if (vnet.ours)
            dependsOn.push(vnet.id);
        if (nsgId)
            dependsOn.push(nsgId);
        // ARM refuses concurrent writes to one VNet's subnets (AnotherOperationInProgress): chain them.
        if (previous)
            dependsOn.push(previous);
        drafts.push({
            service: owner,
            key: `subnet:${allocation.name}`,
            id,
            type: SUBNET_TYPE,
            apiVersion,
            name: `${vnet.name}/${allocation.name}`,
            resourceGroup: vnet.resourceGroup,
            subscriptionId: ctx.subscriptionId,
            body: { properties },
            dependsOn,
            role: 'subnet',
        });
        previous = id;
    }
    return drafts;
}


/***/ }),

/***/ 1978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ LOCAL_TENANT_ID),
/* harmony export */   p: () => (/* binding */ observeScope)
/* harmony export */ });
/* harmony import */ var _desired_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2236);
/* harmony import */ var _resources_draft_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5663);
/* harmony import */ var _resources_context_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3343);
// What the observer must look at for one project environment. Derived from the config alone, so the observer
// can run before (and independently of) the planner and both agree on resource group and VNet names.



/** The tenant id the local emulator reports (and writes into Key Vault bodies): plans against it need no other. */
const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000e0e0';
function observeScope(config, env, catalog) {
    const ctx = (0,_resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q6)(config, env, catalog);
    const groups = [ctx.resourceGroups.project.name, ctx.resourceGroups.common.name];
    if (ctx.vnet && !groups.includes(ctx.vnet.resourceGroup))
        groups.push(ctx.vnet.resourceGroup);
    return {
        subscriptionId: ctx.subscriptionId,
        project: ctx.project,
        environment: env,
        location: ctx.location,
        resourceGroups: groups,
        // Children and extension resources live with the services: in the project's and the common group.
        recordGroups: [...new Set([ctx.resourceGroups.project.name, ctx.resourceGroups.common.name])],
        vnet: ctx.vnet ? { resourceGroup: ctx.vnet.resourceGroup, name: ctx.vnet.name } : undefined,
        resources: [...untrackedOnly(config, env, catalog), ...subscriptionLevel(config, env, catalog)],
    };
}
const EMPTY = {
    schemaVersion: 1,
    subscriptionId: '',
    resourceGroups: [],
    resources: [],
    subnets: [],
    softDeleted: [],
};
/** The main and child resources of services that own no top-level resource: a list call cannot see them. */
function untrackedOnly(config, env, catalog) {
    const { state } = (0,_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDesired */ .F)(config, env, catalog, EMPTY, { allowDestroy: [] });
    const out = [];
    for (const service of state.services) {
        if (service.resources.some((r) => (0,_resources_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .isTracked */ .Xz)(r)))
            continue;
        for (const r of service.resources) {
            if ((r.role === 'main' || r.role === 'child') && !isSubscriptionLevel(r))
                out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
        }
    }
    return out;
}
/**
 * Subscription-level resources (outside any resource group, e.g. the Defender for AI pricing) of every catalog
 * service available in this network mode, on or off: the config being planned no longer names a switched-off
 * one, yet its resource must be seen to be deleted. They are few, one GET each.
 */
function subscriptionLevel(config, env, catalog) {
    const candidates = catalog.services
        .filter((s) => !s.modes || s.modes.includes(config.network.mode))
        .filter((s) => s.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== _resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_GROUP_TYPE */ .Ei))
        .map((s) => s.id);
    if (candidates.length === 0)
        return [];
    const { state } = (0,_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDesired */ .F)(config, env, catalog, EMPTY, { allowDestroy: [] }, candidates);
    const out = [];
    for (const service of state.services) {
        if (!candidates.includes(service.id))
            continue;
        for (const r of service.resources)
            if (isSubscriptionLevel(r))
                out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
    }
    return out;
}
function isSubscriptionLevel(r) {
    return r.type !== _resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_GROUP_TYPE */ .Ei && !/\/resourceGroups\//i.test(r.id);
}


/***/ }),

/***/ 7980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export editDistance */
// "Did you mean …?" for near-miss names: the closest choice by edit distance, when it is close enough
// to be a typo rather than a different word.
/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours (a common typo). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => {
        const row = new Array(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[rows - 1][cols - 1];
}
/** Words without case, separators or an `enable` prefix, so `ENABLE_AI_SEARCH` is near `aiSearch`. */
function normalise(s) {
    return s.toLowerCase().replace(/[-_\s.]/g, '');
}
/**
 * The choice closest to `input`, or undefined when none is close: at most a third of the longer word
 * may differ (at least one edit allowed). Case and separators do not count. Ties go to the earlier choice.
 */
function suggest(input, choices) {
    const wanted = normalise(input);
    if (wanted === '')
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const choice of choices) {
        const candidate = normalise(choice);
        const distance = candidate === wanted ? 0 : editDistance(wanted, candidate);
        const allowed = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 3));
        if (distance <= allowed && distance < bestDistance) {
            best = choice;
            bestDistance = distance;
        }
    }
    if (best !== undefined)
        return best;
    // A choice that contains the whole input (or the other way round) is a good guess for abbreviations.
    if (wanted.length >= 4) {
        return choices.find((c) => {
            const n = normalise(c);
            return n.length >= 4 && (n.includes(wanted) || wanted.includes(n));
        });
    }
    return undefined;
}


/***/ }),

/***/ 8614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, written into every plan. Kept in step with package.json by a test. */
const TOOL_VERSION = '1.0.0';


/***/ }),

/***/ 7468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D4: () => (/* binding */ DEFAULT_TIME_SCALE),
  bZ: () => (/* reexport */ parseFaults),
  startEmulator: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: buildRegistry

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/emulator/errors.js
// ARM's error envelope and the error codes the emulator answers with. Messages follow Azure's own wording
// where it is known, so a client that matches on them behaves the same against the emulator and Azure.
class ArmError extends Error {
    status;
    code;
    details;
    headers;
    constructor(status, code, message, details, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
    }
    toDetail() {
        return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
    }
    body() {
        return { error: this.toDetail() };
    }
}
const armErrors = {
    authenticationFailed: () => new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing."),
    missingApiVersion: () => new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.'),
    invalidApiVersion: (version, supported) => new ArmError(400, 'InvalidApiVersionParameter', `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`),
    resourceGroupNotFound: (rg) => new ArmError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`),
    resourceNotFound: (type, name, rg) => new ArmError(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${rg ?? '(none)'}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`),
    parentNotFound: (parentName) => new ArmError(404, 'ParentResourceNotFound', `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`),
    deploymentNotFound: (name) => new ArmError(404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`),
    invalidRequestContent: (detail) => new ArmError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${detail}'.`),
    anotherOperationInProgress: (id) => new ArmError(409, 'AnotherOperationInProgress', `Another operation on this or dependent resource is in progress. Resource '${id}' is being changed by an earlier request; retry after it completes.`),
    scopeLocked: (scope, operation, lockedScopes) => new ArmError(409, 'ScopeLocked', `The scope '${scope}' cannot perform ${operation} operation because following scope(s) are locked: '${lockedScopes.join("','")}'. Please remove the lock and try again.`),
    notFoundRoute: (method, path) => new ArmError(404, 'NotFound', `The emulator does not serve ${method} ${path}.`),
    methodNotAllowed: (method, path) => new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}' (${path}).`),
    throttled: (retryAfter) => new ArmError(429, 'TooManyRequests', 'The request is being throttled as the limit has been reached for operation type - Write. Retry after the time given in Retry-After.', undefined, { 'retry-after': String(retryAfter) }),
    internal: () => new ArmError(500, 'InternalServerError', 'Encountered internal server error (fault injected by the emulator).'),
    unavailable: () => new ArmError(503, 'ServiceUnavailable', 'The server is currently unable to handle the request (fault injected by the emulator).'),
};

;// CONCATENATED MODULE: ./build/emulator/ids.js
// Parsing ARM resource ids: /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]…
// and extension resources `{scope}/providers/{ns}/{type}/{name}` hanging off another id.
/** Splits a path into its parts; undefined when it does not start with /subscriptions/{id}. */
function parsePath(path) {
    const segments = path
        .split('/')
        .filter((s) => s.length > 0)
        .map(decodeURIComponent);
    if (segments.length < 2 || segments[0].toLowerCase() !== 'subscriptions')
        return undefined;
    const result = { subscriptionId: segments[1], providers: [] };
    let i = 2;
    if (segments[i]?.toLowerCase() === 'resourcegroups') {
        if (segments[i + 1] === undefined)
            return result;
        result.resourceGroup = segments[i + 1];
        i += 2;
    }
    while (i < segments.length) {
        if (segments[i].toLowerCase() !== 'providers' || segments[i + 1] === undefined)
            return undefined;
        const provider = { namespace: segments[i + 1], pairs: [] };
        i += 2;
        while (i < segments.length && segments[i].toLowerCase() !== 'providers') {
            provider.pairs.push({ type: segments[i], name: segments[i + 1] });
            i += 2;
        }
        if (provider.pairs.length === 0)
            return undefined;
        result.providers.push(provider);
    }
    return result;
}
function scopeId(subscriptionId, resourceGroup) {
    return resourceGroup
        ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
        : `/subscriptions/${subscriptionId}`;
}
function providerPath(p) {
    return `/providers/${p.namespace}/${p.pairs.map((x) => (x.name === undefined ? x.type : `${x.type}/${x.name}`)).join('/')}`;
}
/** The resource a fully named path addresses; undefined for collections (last type without a name). */
function resourceRef(parsed) {
    const last = parsed.providers[parsed.providers.length - 1];
    if (!last || last.pairs.some((p) => p.name === undefined))
        return undefined;
    const base = scopeId(parsed.subscriptionId, parsed.resourceGroup);
    const outer = parsed.providers.slice(0, -1).map(providerPath).join('');
    const id = base + outer + providerPath(last);
    const child = last.pairs.length > 1;
    const parentId = child
        ? base + outer + providerPath({ namespace: last.namespace, pairs: last.pairs.slice(0, -1) })
        : base + outer;
    return {
        id,
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
        type: `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`,
        namespace: last.namespace,
        name: last.pairs[last.pairs.length - 1].name,
        parentId,
        extension: parsed.providers.length > 1,
        child,
    };
}
function refFromId(id) {
    const parsed = parsePath(id);
    return parsed ? resourceRef(parsed) : undefined;
}
function keyOf(id) {
    return id.toLowerCase().replace(/\/+$/, '');
}
/** True when `id` is `scope` itself or lies beneath it. */
function isWithin(id, scope) {
    const a = keyOf(id);
    const b = keyOf(scope);
    return a === b || a.startsWith(b + '/');
}

;// CONCATENATED MODULE: ./build/emulator/validate.js
// Static checks on what a client sends, the way ARM and the resource providers answer them: known type and
// api-version, location, name rules, required fields. Checks that need the world (parents, locks, soft-deleted
// names, subnet ranges) live with the handlers.

function checkApiVersion(registry, type, apiVersion, location) {
    if (!apiVersion)
        return armErrors.missingApiVersion();
    const info = registry.get(type);
    const namespace = type.split('/')[0];
    if (!info) {
        if (!registry.hasNamespace(namespace)) {
            return new ArmError(400, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid (the emulator knows the namespaces of the service catalog).`);
        }
        return new ArmError(400, 'InvalidResourceType', `The resource type '${type.slice(namespace.length + 1)}' could not be found in the namespace '${namespace}' for api version '${apiVersion}'.`);
    }
    if (!info.apiVersions.some((v) => v.toLowerCase() === apiVersion.toLowerCase())) {
        if (namespace.toLowerCase() === 'microsoft.resources') {
            return armErrors.invalidApiVersion(apiVersion, info.apiVersions);
        }
        return new ArmError(400, 'NoRegisteredProviderFound', `No registered resource provider found for location '${location ?? 'global'}' and API version '${apiVersion}' for type '${type.slice(namespace.length + 1)}'. The supported api-versions are '${info.apiVersions.join(', ')}'.`);
    }
    return undefined;
}
/** Extension resources hang off another resource and carry no location. */
const EXTENSION_TYPES = new Set([
    'microsoft.authorization/roleassignments',
    'microsoft.authorization/locks',
    'microsoft.insights/diagnosticsettings',
    'microsoft.resources/tags',
]);
/** Child types that are tracked resources of their own (they carry a location). */
const TRACKED_CHILD_TYPES = new Set([
    'microsoft.cognitiveservices/accounts/projects',
    'microsoft.network/privatednszones/virtualnetworklinks',
    'microsoft.machinelearningservices/workspaces/computes',
]);
function isExtensionType(type) {
    return EXTENSION_TYPES.has(type.toLowerCase());
}
/** Tracked resources need a location and show up in resource lists. */
/** Top-level proxy types: no location (Defender plans are settings of a subscription or resource). */
const PROXY_TYPES = new Set(['microsoft.security/pricings']);
function isTrackedType(type) {
    const t = type.toLowerCase();
    if (EXTENSION_TYPES.has(t) || PROXY_TYPES.has(t))
        return false;
    return t.split('/').length === 2 || TRACKED_CHILD_TYPES.has(t);
}
const GENERIC_FORBIDDEN = /[<>%&:\\?/*#|"]/;
const NAME_RULES = {
    'microsoft.storage/storageaccounts': {
        test: (n) => /^[a-z0-9]{3,24}$/.test(n),
        code: 'AccountNameInvalid',
        message: (n) => `${n} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`,
    },
    'microsoft.keyvault/vaults': {
        test: (n) => /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(n) && !n.includes('--'),
        code: 'VaultNameNotValid',
        message: (n) => `The vault name '${n}' is invalid. A vault's name must be between 3-24 alphanumeric characters. The name must begin with a letter, end with a letter or digit, and not contain consecutive hyphens.`,
    },
    'microsoft.search/searchservices': {
        test: (n) => /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/.test(n) && !n.includes('--') && n[1] !== '-',
        code: 'InvalidName',
        message: (n) => `Service name '${n}' is invalid: service name must only contain lowercase letters, digits or dashes, cannot use dash as the first two or last one characters, cannot contain consecutive dashes, and is limited between 2 and 60 characters in length.`,
    },
    'microsoft.containerregistry/registries': {
        test: (n) => /^[a-zA-Z0-9]{5,50}$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Registry name '${n}' is invalid: a registry name may contain only alpha numeric characters and must be between 5 and 50 characters.`,
    },
    'microsoft.cognitiveservices/accounts': {
        test: (n) => /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}[a-zA-Z0-9]$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Resource name '${n}' is invalid: an account name must be 2 to 64 characters of letters, digits and '-', beginning and ending with a letter or digit.`,
    },
    'microsoft.documentdb/databaseaccounts': {
        test: (n) => /^[a-z0-9][a-z0-9-]{1,42}$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Database account name '${n}' is invalid: it must be 3 to 44 characters of lower-case letters, digits and '-'.`,
    },
};
function genericNameProblem(name) {
    if (name.length === 0 || name.length > 260 || GENERIC_FORBIDDEN.test(name) || /[. ]$/.test(name)) {
        return new ArmError(400, 'InvalidResourceName', `Resource name ${name} is invalid. The name can be up to 260 characters long, must not contain '<>%&:\\?/*#|"' and must not end with '.' or a space.`);
    }
    return undefined;
}
function missing(property, path) {
    return armErrors.invalidRequestContent(`Required property '${property}' not found in JSON. Path '${path}'`);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Per-type required fields and values, as the resource providers check them. */
function checkRequired(type, body) {
    const props = isObject(body.properties) ? body.properties : undefined;
    switch (type) {
        case 'microsoft.storage/storageaccounts':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            if (typeof body.kind !== 'string')
                return missing('kind', '');
            return undefined;
        case 'microsoft.search/searchservices':
        case 'microsoft.containerregistry/registries':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            return undefined;
        case 'microsoft.cognitiveservices/accounts':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            if (typeof body.kind !== 'string')
                return missing('kind', '');
            return undefined;
        case 'microsoft.keyvault/vaults': {
            if (!props)
                return missing('properties', '');
            if (props.createMode === 'recover')
                return undefined;
            if (typeof props.tenantId !== 'string')
                return missing('tenantId', 'properties');
            if (!GUID.test(props.tenantId)) {
                return new ArmError(400, 'BadRequest', `The tenant id '${props.tenantId}' is not a valid GUID.`);
            }
            if (!isObject(props.sku) || typeof props.sku.name !== 'string')
                return missing('sku', 'properties');
            return undefined;
        }
        case 'microsoft.authorization/roleassignments': {
            if (!props)
                return missing('properties', '');
            if (typeof props.roleDefinitionId !== 'string')
                return missing('roleDefinitionId', 'properties');
            if (typeof props.principalId !== 'string')
                return missing('principalId', 'properties');
            if (!GUID.test(props.principalId)) {
                return new ArmError(400, 'InvalidPrincipalId', `A valid principal ID must be provided for role assignment; '${props.principalId}' is not a GUID.`);
            }
            return undefined;
        }
        case 'microsoft.authorization/locks': {
            const level = props?.level;
            if (level !== 'CanNotDelete' && level !== 'ReadOnly') {
                return new ArmError(400, 'LockLevelInvalid', `The lock level '${String(level)}' is invalid. Valid lock levels are 'CanNotDelete' and 'ReadOnly'.`);
            }
            return undefined;
        }
        case 'microsoft.network/virtualnetworks': {
            const prefixes = isObject(props?.addressSpace) ? props.addressSpace.addressPrefixes : undefined;
            if (!Array.isArray(prefixes) || prefixes.length === 0)
                return missing('addressSpace', 'properties');
            return undefined;
        }
        case 'microsoft.network/privateendpoints': {
            if (!isObject(props?.subnet) || typeof props.subnet.id !== 'string')
                return missing('subnet', 'properties');
            return undefined;
        }
        default:
            return undefined;
    }
}
/** Location, name and required-field checks for a resource body about to be written. */
function checkBody(ref, body) {
    const type = ref.type.toLowerCase();
    if (isTrackedType(type) && (typeof body.location !== 'string' || body.location.trim() === '')) {
        return new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    }
    const rule = NAME_RULES[type];
    if (rule && !rule.test(ref.name))
        return new ArmError(400, rule.code, rule.message(ref.name));
    const generic = genericNameProblem(ref.name);
    if (generic)
        return generic;
    if (body.tags !== undefined && !isObject(body.tags)) {
        return armErrors.invalidRequestContent("Error converting value to type 'Dictionary<string,string>'. Path 'tags'");
    }
    return checkRequired(type, body);
}

// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __nccwpck_require__(438);
// EXTERNAL MODULE: ./build/core/scope.js
var scope = __nccwpck_require__(1978);
;// CONCATENATED MODULE: ./build/emulator/world.js
// The emulated Azure Resource Manager: resource groups, resources by id, locks, soft-deleted vaults and
// accounts, subnets and the long-running operations clients poll. HTTP lives in server.ts; templates in
// deployments.ts. Every change goes through the store, which persists it.






const OPERATIONS_API_VERSION = '2025-04-01';
const BUSY_STATES = new Set(['Accepted', 'Creating', 'Updating', 'Deleting']);
/** Types whose writes finish synchronously on Azure (no provisioning). */
const SYNCHRONOUS_TYPES = new Set([
    'microsoft.authorization/locks',
    'microsoft.authorization/roleassignments',
    'microsoft.insights/diagnosticsettings',
    'microsoft.resources/tags',
    'microsoft.network/privatednszones/a',
]);
const KEY_VAULT = 'microsoft.keyvault/vaults';
const COGNITIVE = 'microsoft.cognitiveservices/accounts';
const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';
const PRIVATE_ENDPOINT = 'microsoft.network/privateendpoints';
const LOCK = 'microsoft.authorization/locks';
const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';
const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';
const EMULATOR_TENANT = scope/* LOCAL_TENANT_ID */.d;
function world_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A deterministic GUID from text: principal ids of managed identities, correlation ids. */
function guidFrom(text) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function statusName(status) {
    const names = {
        200: 'OK',
        201: 'Created',
        400: 'BadRequest',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'NotFound',
        409: 'Conflict',
        429: 'TooManyRequests',
        500: 'InternalServerError',
        503: 'ServiceUnavailable',
    };
    return names[status] ?? String(status);
}
class World {
    store;
    registry;
    faults;
    timeScale;
    pageSize;
    timers = new Set();
    sleepers = new Set();
    closing = false;
    constructor(opts) {
        this.store = opts.store;
        this.registry = opts.registry;
        this.faults = opts.faults;
        this.timeScale = opts.timeScale;
        this.pageSize = opts.pageSize;
    }
    // ───────────── time ─────────────
    scaledMs(seconds) {
        return Math.max(0, Math.round(seconds * this.timeScale * 1000));
    }
    /** Resolves after `ms` (or at once when the emulator closes, so nothing hangs). */
    sleep(ms) {
        if (ms <= 0 || this.closing)
            return Promise.resolve();
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.timers.delete(timer);
                this.sleepers.delete(done);
                resolve();
            };
            const timer = setTimeout(done, ms);
            this.timers.add(timer);
            this.sleepers.add(done);
        });
    }
    /** Runs `fn` after `ms`, unless the emulator closes first (the persisted state then resumes on restart). */
    later(ms, fn) {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            if (!this.closing)
                fn();
        }, ms);
        this.timers.add(timer);
    }
    stopTimers() {
        this.closing = true;
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        for (const wake of [...this.sleepers])
            wake();
    }
    now() {
        return new Date().toISOString();
    }
    // ───────────── long-running operations ─────────────
    newOperation(types, key) {
        const op = {
            id: this.store.nextId('op'),
            status: 'InProgress',
            startTime: this.now(),
            types,
            key,
        };
        this.store.state.operations[op.id] = op;
        this.store.changed();
        return op;
    }
    finishOperation(op, outcome = {}) {
        op.status = outcome.status ?? (outcome.error ? 'Failed' : 'Succeeded');
        op.endTime = this.now();
        if (outcome.error) {
            op.error = outcome.error.toDetail();
            op.errorStatus = outcome.error.status;
        }
        if (outcome.result !== undefined)
            op.result = outcome.result;
        this.store.changed();
    }
    asyncHeader(base, subscriptionId, op) {
        return {
            'azure-asyncoperation': `${base}/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
        };
    }
    locationHeader(base, subscriptionId, op) {
        return {
            location: `${base}/subscriptions/${subscriptionId}/operationresults/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
        };
    }
    operationStatus(subscriptionId, opId) {
        const op = this.store.state.operations[opId];
        if (!op)
            throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
        return {
            status: 200,
            body: {
                id: `/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}`,
                name: op.id,
                status: op.status,
                startTime: op.startTime,
                ...(op.endTime ? { endTime: op.endTime } : {}),
                ...(op.error ? { error: op.error } : {}),
            },
        };
    }
    operationResult(base, subscriptionId, opId) {
        const op = this.store.state.operations[opId];
        if (!op)
            throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
        if (op.status === 'InProgress' || op.status === 'Running') {
            return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
        }
        if (op.status === 'Failed' && op.error) {
            return { status: op.errorStatus ?? 400, body: { error: op.error } };
        }
        if (op.result !== undefined)
            return { status: 200, body: op.result };
        return { status: 204 };
    }
    // ───────────── resource groups ─────────────
    renderGroup(g) {
        return {
            id: g.id,
            name: g.name,
            type: 'Microsoft.Resources/resourceGroups',
            location: g.location,
            ...(g.managedBy ? { managedBy: g.managedBy } : {}),
            tags: g.tags ?? {},
            properties: { provisioningState: g.provisioningState },
        };
    }
    requireGroup(subscriptionId, name) {
        const g = this.store.group(subscriptionId, name);
        if (!g || g.provisioningState === 'Deleting')
            throw armErrors.resourceGroupNotFound(name);
        return g;
    }
    putGroup(subscriptionId, name, body) {
        if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
            throw new ArmError(400, 'InvalidResourceGroupName', `Resource group name '${name}' is invalid: use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.`);
        }
        if (typeof body.location !== 'string' || body.location.trim() === '') {
            throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
        }
        if (body.tags !== undefined && !world_isObject(body.tags)) {
            throw armErrors.invalidRequestContent("Error converting value to type 'Dictionary<string,string>'. Path 'tags'");
        }
        const id = scopeId(subscriptionId, name);
        const existing = this.store.group(subscriptionId, name);
        if (existing?.provisioningState === 'Deleting') {
            throw new ArmError(409, 'ResourceGroupBeingDeleted', `The resource group '${name}' is in deprovisioning state and cannot perform this operation.`);
        }
        if (existing && normalizeLocation(existing.location) !== normalizeLocation(body.location)) {
            throw new ArmError(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${body.location}'. The Resource group already exists in location '${existing.location}'.`);
        }
        if (existing)
            this.checkWriteLocks(id);
        const group = {
            id: existing?.id ?? id,
            name: existing?.name ?? name,
            location: body.location,
            tags: body.tags ?? {},
            ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
            provisioningState: 'Succeeded',
        };
        this.store.state.resourceGroups[keyOf(id)] = group;
        this.store.changed();
        return { status: existing ? 200 : 201, body: this.renderGroup(group) };
    }
    patchGroup(subscriptionId, name, body) {
        const g = this.requireGroup(subscriptionId, name);
        this.checkWriteLocks(g.id);
        if (body.tags !== undefined) {
            if (!world_isObject(body.tags))
                throw armErrors.invalidRequestContent("Error converting value. Path 'tags'");
            g.tags = body.tags;
        }
        if (typeof body.managedBy === 'string')
            g.managedBy = body.managedBy;
        this.store.changed();
        return { status: 200, body: this.renderGroup(g) };
    }
    listGroups(subscriptionId, filter) {
        const prefix = keyOf(`/subscriptions/${subscriptionId}/resourceGroups/`);
        const match = filter ? parseFilter(filter) : undefined;
        return Object.entries(this.store.state.resourceGroups)
            .filter(([k]) => k.startsWith(prefix))
            .map(([, g]) => g)
            .filter((g) => !match ||
            match({
                name: g.name,
                type: 'Microsoft.Resources/resourceGroups',
                tags: g.tags ?? {},
                location: g.location,
            }))
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((g) => this.renderGroup(g));
    }
    deleteGroup(base, subscriptionId, name) {
        const g = this.requireGroup(subscriptionId, name);
        const locked = this.locksBlockingDelete(g.id);
        if (locked.length > 0)
            throw armErrors.scopeLocked(g.id, 'delete', locked);
        const inside = this.resourcesWithin(g.id);
        const busy = inside.find((r) => BUSY_STATES.has(r.provisioningState));
        if (busy)
            throw armErrors.anotherOperationInProgress(busy.id);
        g.provisioningState = 'Deleting';
        this.store.changed();
        const seconds = Math.max(1, ...inside.map((r) => this.registry.get(r.type)?.deletionSeconds ?? 1));
        const op = this.newOperation(inside.map((r) => r.type), `DELETE ${keyOf(g.id)}`);
        this.later(this.scaledMs(seconds), () => {
            for (const r of inside)
                this.removeWithSoftDelete(r);
            delete this.store.state.resourceGroups[keyOf(g.id)];
            for (const [k, d] of Object.entries(this.store.state.deployments)) {
                if (isWithin(d.id, g.id))
                    delete this.store.state.deployments[k];
            }
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
    }
    // ───────────── resources ─────────────
    resourcesWithin(scope) {
        const k = keyOf(scope);
        return Object.entries(this.store.state.resources)
            .filter(([key]) => key === k || key.startsWith(k + '/'))
            .map(([, r]) => r);
    }
    /** The resource as ARM returns it, with what Azure derives (provisioning state, subnets, principal ids). */
    render(r) {
        const body = structuredClone(r.body);
        const properties = world_isObject(body.properties) ? body.properties : {};
        const type = r.type.toLowerCase();
        if (type === VNET) {
            properties.subnets = this.childrenOf(r.id, SUBNET).map((s) => this.render(s));
        }
        if (type === SUBNET) {
            const endpoints = this.endpointsUsing(r.id);
            if (endpoints.length > 0)
                properties.privateEndpoints = endpoints.map((id) => ({ id }));
        }
        // Locks and diagnostic settings are not provisioned; everything else reports its state.
        if (type !== LOCK && type !== DIAGNOSTIC_SETTINGS)
            properties.provisioningState = r.provisioningState;
        return { id: r.id, name: r.name, type: r.type, ...body, properties };
    }
    childrenOf(parentId, childType) {
        const prefix = keyOf(parentId) + '/';
        return Object.entries(this.store.state.resources)
            .filter(([k, r]) => k.startsWith(prefix) && r.type.toLowerCase() === childType)
            .filter(([k]) => !k.slice(prefix.length).includes('/providers/'))
            .map(([, r]) => r)
            .sort((a, b) => a.name.localeCompare(b.name));
    }
    endpointsUsing(subnetId) {
        return Object.values(this.store.state.resources)
            .filter((r) => r.type.toLowerCase() === PRIVATE_ENDPOINT && r.provisioningState !== 'Deleting')
            .filter((r) => {
            const props = r.body.properties;
            const subnet = world_isObject(props) && world_isObject(props.subnet) ? props.subnet.id : undefined;
            return typeof subnet === 'string' && keyOf(subnet) === keyOf(subnetId);
        })
            .map((r) => r.id);
    }
    /** Checks api-version and type for a request by id; throws ARM's error. */
    checkVersion(ref, apiVersion, location) {
        const problem = checkApiVersion(this.registry, ref.type, apiVersion, location);
        if (problem)
            throw problem;
    }
    requireScope(ref) {
        if (ref.resourceGroup)
            this.requireGroup(ref.subscriptionId, ref.resourceGroup);
        const parentIsGroup = keyOf(ref.parentId) === keyOf(scopeId(ref.subscriptionId, ref.resourceGroup));
        if (parentIsGroup)
            return;
        const parent = this.store.resource(ref.parentId);
        if (!parent || parent.provisioningState === 'Deleting') {
            if (ref.extension) {
                const p = refFromId(ref.parentId);
                throw armErrors.resourceNotFound(p?.type ?? 'resource', p?.name ?? ref.parentId, ref.resourceGroup);
            }
            throw armErrors.parentNotFound(refFromId(ref.parentId)?.name ?? ref.parentId);
        }
    }
    getResource(ref) {
        const r = this.store.resource(ref.id);
        if (!r) {
            if (ref.resourceGroup)
                this.requireGroup(ref.subscriptionId, ref.resourceGroup);
            throw armErrors.resourceNotFound(ref.type, ref.name, ref.resourceGroup);
        }
        return r;
    }
    isBusy(id) {
        const r = this.store.resource(id);
        return r !== undefined && BUSY_STATES.has(r.provisioningState);
    }
    /** Locks whose scope covers `id`, optionally only ReadOnly ones; the lock scopes are returned. */
    locks(filter) {
        const scopes = [];
        for (const r of Object.values(this.store.state.resources)) {
            if (r.type.toLowerCase() !== LOCK)
                continue;
            const lockRef = refFromId(r.id);
            if (!lockRef)
                continue;
            const level = world_isObject(r.body.properties) ? String(r.body.properties.level) : '';
            if (filter(lockRef.parentId, level) && !scopes.includes(lockRef.parentId))
                scopes.push(lockRef.parentId);
        }
        return scopes;
    }
    locksBlockingDelete(id) {
        return this.locks((scope) => isWithin(id, scope) || isWithin(scope, id));
    }
    checkWriteLocks(id) {
        const readOnly = this.locks((scope, level) => level === 'ReadOnly' && isWithin(id, scope));
        if (readOnly.length > 0)
            throw armErrors.scopeLocked(id, 'write', readOnly);
    }
    /**
     * All checks of a write by id that need the world: scope exists, locks, soft-deleted names, subnet ranges,
     * references. Returns the body to store (what ARM keeps of the request).
     */
    prepareWrite(ref, body) {
        const type = ref.type.toLowerCase();
        const problem = checkBody(ref, body);
        if (problem)
            throw problem;
        this.requireScope(ref);
        if (type !== LOCK)
            this.checkWriteLocks(ref.id);
        const existing = this.store.resource(ref.id);
        if (existing &&
            isTrackedType(type) &&
            typeof body.location === 'string' &&
            typeof existing.body.location === 'string') {
            if (normalizeLocation(body.location) !== normalizeLocation(existing.body.location)) {
                throw new ArmError(400, 'InvalidResourceLocation', `The resource '${ref.name}' already exists in location '${existing.body.location}' in resource group '${ref.resourceGroup}'. A resource with the same name cannot be created in location '${body.location}'. Please select a new resource name.`);
            }
        }
        const stored = structuredClone(body);
        delete stored.id;
        delete stored.name;
        delete stored.type;
        if (type === KEY_VAULT)
            this.prepareVault(ref, stored, existing);
        if (type === COGNITIVE)
            this.prepareCognitive(ref, stored);
        if (type === SUBNET)
            this.checkSubnet(ref, stored);
        if (type === VNET)
            this.checkVnet(ref, stored);
        if (type === PRIVATE_ENDPOINT)
            this.checkEndpoint(stored);
        if (type === ROLE_ASSIGNMENT)
            this.checkRoleAssignment(ref, stored, existing);
        this.addIdentity(ref, stored);
        return stored;
    }
    /** Stores a prepared write with the given provisioning state and applies its side effects. */
    commitWrite(ref, apiVersion, stored, state) {
        const type = ref.type.toLowerCase();
        const existing = this.store.resource(ref.id);
        let inlineSubnets;
        if (type === VNET) {
            const props = world_isObject(stored.properties) ? stored.properties : {};
            inlineSubnets = Array.isArray(props.subnets) ? props.subnets : [];
            delete props.subnets;
        }
        if (type === KEY_VAULT || type === COGNITIVE) {
            for (const [k, sd] of Object.entries(this.store.state.softDeleted)) {
                if (this.softDeletedMatches(sd, ref))
                    delete this.store.state.softDeleted[k];
            }
        }
        const now = this.now();
        const resource = {
            id: existing?.id ?? ref.id,
            name: existing?.name ?? ref.name,
            type: existing?.type ?? ref.type,
            apiVersion,
            body: stored,
            provisioningState: state,
            createdAt: existing?.createdAt ?? now,
            changedAt: now,
        };
        this.store.putResource(resource);
        if (inlineSubnets)
            this.reconcileSubnets(resource, inlineSubnets, apiVersion);
        return { resource, created: existing === undefined };
    }
    /** PUT by id from a client: validate, store, and answer synchronously or as a long-running operation. */
    putResource(base, ref, apiVersion, body) {
        this.checkVersion(ref, apiVersion, typeof body.location === 'string' ? body.location : undefined);
        if (this.isBusy(ref.id))
            throw armErrors.anotherOperationInProgress(ref.id);
        const stored = this.prepareWrite(ref, body);
        const info = this.registry.get(ref.type);
        const ms = SYNCHRONOUS_TYPES.has(ref.type.toLowerCase())
            ? 0
            : this.scaledMs(info?.provisioningSeconds ?? 5);
        const existed = this.store.resource(ref.id) !== undefined;
        if (ms === 0) {
            const { resource, created } = this.commitWrite(ref, apiVersion, stored, 'Succeeded');
            return { status: created ? 201 : 200, body: this.render(resource) };
        }
        const { resource } = this.commitWrite(ref, apiVersion, stored, existed ? 'Updating' : 'Creating');
        const op = this.newOperation([ref.type], `PUT ${keyOf(ref.id)}`);
        this.later(ms, () => {
            const current = this.store.resource(ref.id);
            if (current) {
                current.provisioningState = 'Succeeded';
                this.store.changed();
            }
            this.finishOperation(op);
        });
        return {
            status: existed ? 200 : 201,
            body: this.render(resource),
            headers: this.asyncHeader(base, ref.subscriptionId, op),
        };
    }
    patchResource(ref, apiVersion, body) {
        this.checkVersion(ref, apiVersion);
        const r = this.getResource(ref);
        if (BUSY_STATES.has(r.provisioningState))
            throw armErrors.anotherOperationInProgress(r.id);
        this.checkWriteLocks(r.id);
        const merged = mergePatch(r.body, body);
        const stored = this.prepareWrite(ref, {
            ...merged,
            location: r.body.location ?? merged.location,
        });
        const { resource } = this.commitWrite(ref, apiVersion, stored, 'Succeeded');
        return { status: 200, body: this.render(resource) };
    }
    deleteResource(base, ref, apiVersion) {
        this.checkVersion(ref, apiVersion);
        if (ref.resourceGroup)
            this.requireGroup(ref.subscriptionId, ref.resourceGroup);
        const r = this.store.resource(ref.id);
        if (!r)
            return { status: 204 };
        const type = r.type.toLowerCase();
        if (type !== LOCK) {
            const locked = this.locksBlockingDelete(r.id);
            if (locked.length > 0)
                throw armErrors.scopeLocked(r.id, 'delete', locked);
        }
        const tree = this.resourcesWithin(r.id).filter((x) => x.type.toLowerCase() !== LOCK || keyOf(x.id) === keyOf(r.id));
        const busy = tree.find((x) => BUSY_STATES.has(x.provisioningState));
        if (busy)
            throw armErrors.anotherOperationInProgress(busy.id);
        for (const subnet of tree.filter((x) => x.type.toLowerCase() === SUBNET)) {
            const users = this.endpointsUsing(subnet.id);
            if (users.length > 0)
                throw inUseSubnet(subnet.name, users[0]);
        }
        const ms = SYNCHRONOUS_TYPES.has(type)
            ? 0
            : this.scaledMs(this.registry.get(r.type)?.deletionSeconds ?? 5);
        if (ms === 0) {
            for (const x of tree)
                this.removeWithSoftDelete(x);
            return { status: 200 };
        }
        r.provisioningState = 'Deleting';
        this.store.changed();
        const op = this.newOperation([r.type], `DELETE ${keyOf(r.id)}`);
        this.later(ms, () => {
            for (const x of this.resourcesWithin(r.id))
                this.removeWithSoftDelete(x);
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, ref.subscriptionId, op) };
    }
    /** Removes a resource; vaults and Cognitive Services accounts go to their soft-deleted collections. */
    removeWithSoftDelete(r) {
        const type = r.type.toLowerCase();
        const ref = refFromId(r.id);
        const props = world_isObject(r.body.properties) ? r.body.properties : {};
        const location = normalizeLocation(String(r.body.location ?? 'global'));
        const deletedAt = new Date();
        if (ref && type === KEY_VAULT && props.enableSoftDelete !== false) {
            const days = typeof props.softDeleteRetentionInDays === 'number' ? props.softDeleteRetentionInDays : 90;
            const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${r.name}`;
            this.store.state.softDeleted[keyOf(id)] = softDeleted(id, 'keyVault', r, location, deletedAt, days, props.enablePurgeProtection === true);
        }
        else if (ref && type === COGNITIVE) {
            const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.CognitiveServices/locations/${location}/resourceGroups/${ref.resourceGroup}/deletedAccounts/${r.name}`;
            this.store.state.softDeleted[keyOf(id)] = softDeleted(id, 'cognitiveServices', r, location, deletedAt, 2, false);
        }
        this.store.removeResource(r.id);
    }
    listResources(subscriptionId, resourceGroup, filter) {
        const scope = scopeId(subscriptionId, resourceGroup);
        if (resourceGroup)
            this.requireGroup(subscriptionId, resourceGroup);
        const match = filter ? parseFilter(filter) : undefined;
        return this.resourcesWithin(scope)
            .filter((r) => isTrackedType(r.type) && !(refFromId(r.id)?.extension ?? false))
            .filter((r) => !match ||
            match({
                name: r.name,
                type: r.type,
                tags: r.body.tags ?? {},
                location: String(r.body.location ?? ''),
            }))
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((r) => {
            // Lists return the envelope, not the properties (as ARM does without $expand).
            const { location, tags, kind, sku, identity, managedBy, plan } = r.body;
            return {
                id: r.id,
                name: r.name,
                type: r.type,
                ...(location !== undefined ? { location } : {}),
                ...(kind !== undefined ? { kind } : {}),
                ...(sku !== undefined ? { sku } : {}),
                ...(identity !== undefined ? { identity } : {}),
                ...(managedBy !== undefined ? { managedBy } : {}),
                ...(plan !== undefined ? { plan } : {}),
                tags: tags ?? {},
                provisioningState: r.provisioningState,
                createdTime: r.createdAt,
                changedTime: r.changedAt,
            };
        });
    }
    /** GET on a collection path: the children of one type under a parent (subnets, locks at a scope…). */
    listChildren(parentId, type) {
        return this.childrenOf(parentId, type.toLowerCase()).map((r) => this.render(r));
    }
    // ───────────── soft delete ─────────────
    softDeletedMatches(sd, ref) {
        if (sd.name.toLowerCase() !== ref.name.toLowerCase())
            return false;
        if (sd.kind === 'keyVault')
            return ref.type.toLowerCase() === KEY_VAULT;
        const old = refFromId(sd.resource.id);
        return (ref.type.toLowerCase() === COGNITIVE &&
            old !== undefined &&
            old.subscriptionId.toLowerCase() === ref.subscriptionId.toLowerCase() &&
            (old.resourceGroup ?? '').toLowerCase() === (ref.resourceGroup ?? '').toLowerCase());
    }
    findSoftDeleted(ref) {
        return Object.values(this.store.state.softDeleted).find((sd) => this.softDeletedMatches(sd, ref));
    }
    prepareVault(ref, body, existing) {
        const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
        const taken = Object.values(this.store.state.resources).find((r) => r.type.toLowerCase() === KEY_VAULT &&
            r.name.toLowerCase() === ref.name.toLowerCase() &&
            keyOf(r.id) !== keyOf(ref.id));
        if (taken) {
            throw new ArmError(409, 'VaultAlreadyExists', `The vault name '${ref.name}' is already in use. Vault names are globally unique so it is possible that the name is already taken.`);
        }
        const deleted = this.findSoftDeleted(ref);
        if (props.createMode === 'recover') {
            if (!deleted) {
                throw new ArmError(404, 'SoftDeletedVaultDoesNotExist', `A soft deleted vault with the given name '${ref.name}' does not exist. Ensure that the name for the vault that is being attempted to recover is in a recoverable state. For more information on soft delete please follow this link https://go.microsoft.com/fwlink/?linkid=2149745`);
            }
            const old = world_isObject(deleted.resource.body.properties) ? deleted.resource.body.properties : {};
            delete props.createMode;
            for (const [k, v] of Object.entries(old))
                if (props[k] === undefined)
                    props[k] = v;
            if (old.enablePurgeProtection === true)
                props.enablePurgeProtection = true;
        }
        else if (deleted) {
            throw new ArmError(409, 'ConflictError', `A vault with the same name already exists in deleted state. You need to either recover or purge existing key vault. Follow this link https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft delete. (deleted vault: ${deleted.id})`);
        }
        const before = existing && world_isObject(existing.body.properties) ? existing.body.properties : {};
        if (before.enablePurgeProtection === true && props.enablePurgeProtection === false) {
            throw new ArmError(400, 'BadRequest', 'The property "enablePurgeProtection" cannot be set to false. Enabling the purge protection for a vault is an irreversible action.');
        }
        if (before.enablePurgeProtection === true && props.enablePurgeProtection === undefined)
            props.enablePurgeProtection = true;
    }
    prepareCognitive(ref, body) {
        const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
        const deleted = this.findSoftDeleted(ref);
        if (deleted && props.restore !== true) {
            throw new ArmError(409, 'FlagMustBeSetForRestore', `An existing resource with ID '${deleted.resource.id}' has been soft-deleted. To restore the resource, you must specify 'restore' to be 'true' in the property. If you don't want to restore existing resource, please purge it first.`);
        }
        delete props.restore;
    }
    renderSoftDeleted(sd) {
        if (sd.kind === 'keyVault') {
            const props = world_isObject(sd.resource.body.properties) ? sd.resource.body.properties : {};
            return {
                id: sd.id,
                name: sd.name,
                type: 'Microsoft.KeyVault/deletedVaults',
                properties: {
                    vaultId: sd.resource.id,
                    location: sd.location,
                    deletionDate: sd.deletionDate,
                    scheduledPurgeDate: sd.scheduledPurgeDate,
                    tags: sd.resource.body.tags ?? {},
                    purgeProtectionEnabled: props.enablePurgeProtection === true,
                },
            };
        }
        const live = this.render(sd.resource);
        return {
            ...live,
            id: sd.id,
            type: 'Microsoft.CognitiveServices/locations/resourceGroups/deletedAccounts',
            properties: {
                ...live.properties,
                deletionDate: sd.deletionDate,
                scheduledPurgeDate: sd.scheduledPurgeDate,
            },
        };
    }
    listSoftDeleted(subscriptionId, kind) {
        const prefix = keyOf(`/subscriptions/${subscriptionId}/`);
        return Object.entries(this.store.state.softDeleted)
            .filter(([k, sd]) => k.startsWith(prefix) && sd.kind === kind)
            .map(([, sd]) => this.renderSoftDeleted(sd));
    }
    getSoftDeleted(id) {
        const sd = this.store.state.softDeleted[keyOf(id)];
        const ref = refFromId(id);
        if (!sd)
            throw armErrors.resourceNotFound(ref?.type ?? 'deleted resource', ref?.name ?? id, ref?.resourceGroup);
        return sd;
    }
    purge(base, subscriptionId, id) {
        const sd = this.getSoftDeleted(id);
        if (sd.purgeProtection) {
            throw new ArmError(409, 'InvalidOperation', `Operation 'DeletedVaultPurge' is not allowed. Purge protection is enabled for vault '${sd.name}': it is purged automatically on ${sd.scheduledPurgeDate}; recover it (createMode: recover) to use the name again.`);
        }
        const op = this.newOperation([sd.resource.type], `PURGE ${keyOf(id)}`);
        this.later(this.scaledMs(1), () => {
            delete this.store.state.softDeleted[keyOf(id)];
            this.store.changed();
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
    }
    // ───────────── networking ─────────────
    vnetPrefixes(vnet) {
        const props = world_isObject(vnet.properties) ? vnet.properties : {};
        const space = world_isObject(props.addressSpace) ? props.addressSpace : {};
        return Array.isArray(space.addressPrefixes) ? space.addressPrefixes.map(String) : [];
    }
    subnetPrefix(subnet) {
        const props = world_isObject(subnet.properties) ? subnet.properties : {};
        if (typeof props.addressPrefix === 'string')
            return props.addressPrefix;
        if (Array.isArray(props.addressPrefixes) && typeof props.addressPrefixes[0] === 'string')
            return props.addressPrefixes[0];
        return undefined;
    }
    /** Checks one subnet's range against the VNet's address space and its sibling subnets. */
    checkSubnetRange(vnetName, vnetPrefixes, name, prefix, siblings) {
        const cidr = prefix ? (0,core_cidr/* parseCidr */.GN)(prefix) : undefined;
        if (!cidr) {
            throw new ArmError(400, 'NetcfgInvalidSubnet', `Subnet '${name}' is not valid in virtual network '${vnetName}': address prefix '${prefix ?? '(missing)'}' is not a valid CIDR such as 10.1.0.0/24 (host bits must be zero).`);
        }
        const spaces = vnetPrefixes.map(core_cidr/* parseCidr */.GN).filter((c) => c !== undefined);
        if (!spaces.some((s) => (0,core_cidr/* contains */.gR)(s, cidr))) {
            throw new ArmError(400, 'NetcfgSubnetRangeOutsideVnet', `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}' (${vnetPrefixes.join(', ')}).`);
        }
        for (const s of siblings) {
            if (s.name.toLowerCase() === name.toLowerCase() || !s.prefix)
                continue;
            const other = (0,core_cidr/* parseCidr */.GN)(s.prefix);
            if (other && (0,core_cidr/* overlaps */.$f)(other, cidr)) {
                throw new ArmError(400, 'NetcfgSubnetRangesOverlap', `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet '${s.name}' (${s.prefix}) in virtual network '${vnetName}'.`);
            }
        }
    }
    checkSubnet(ref, body) {
        const vnet = this.store.resource(ref.parentId);
        const siblings = this.childrenOf(vnet.id, SUBNET).map((s) => ({
            name: s.name,
            prefix: this.subnetPrefix(s.body),
        }));
        this.checkSubnetRange(vnet.name, this.vnetPrefixes(vnet.body), ref.name, this.subnetPrefix(body), siblings);
    }
    checkVnet(ref, body) {
        const prefixes = this.vnetPrefixes(body);
        for (const p of prefixes) {
            if (!(0,core_cidr/* parseCidr */.GN)(p)) {
                throw new ArmError(400, 'InvalidAddressPrefixFormat', `Address prefix '${p}' of virtual network '${ref.name}' is not a valid CIDR such as 10.1.0.0/16.`);
            }
        }
        const props = world_isObject(body.properties) ? body.properties : {};
        const inline = Array.isArray(props.subnets) ? props.subnets.filter(world_isObject) : [];
        const seen = [];
        for (const s of inline) {
            const name = String(s.name ?? '');
            this.checkSubnetRange(ref.name, prefixes, name, this.subnetPrefix(s), seen);
            seen.push({ name, prefix: this.subnetPrefix(s) });
        }
        // Like ARM, a VNet PUT is the whole truth: subnets it leaves out are deleted, which fails while in use.
        const keep = new Set(inline.map((s) => String(s.name ?? '').toLowerCase()));
        for (const existing of this.childrenOf(ref.id, SUBNET)) {
            if (keep.has(existing.name.toLowerCase()))
                continue;
            const users = this.endpointsUsing(existing.id);
            if (users.length > 0)
                throw inUseSubnet(existing.name, users[0]);
        }
    }
    reconcileSubnets(vnet, inline, apiVersion) {
        const keep = new Set();
        for (const s of inline.filter(world_isObject)) {
            const name = String(s.name ?? '');
            keep.add(name.toLowerCase());
            const id = `${vnet.id}/subnets/${name}`;
            const existing = this.store.resource(id);
            const now = this.now();
            this.store.putResource({
                id: existing?.id ?? id,
                name,
                type: 'Microsoft.Network/virtualNetworks/subnets',
                apiVersion,
                body: { properties: world_isObject(s.properties) ? structuredClone(s.properties) : {} },
                provisioningState: 'Succeeded',
                createdAt: existing?.createdAt ?? now,
                changedAt: now,
            });
        }
        for (const existing of this.childrenOf(vnet.id, SUBNET)) {
            if (!keep.has(existing.name.toLowerCase()))
                this.store.removeResource(existing.id);
        }
    }
    checkEndpoint(body) {
        const props = body.properties;
        const subnetId = String(props.subnet.id);
        const subnet = this.store.resource(subnetId);
        if (!subnet || subnet.type.toLowerCase() !== SUBNET) {
            throw new ArmError(400, 'InvalidResourceReference', `Resource ${subnetId} referenced by the private endpoint was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
        }
    }
    checkRoleAssignment(ref, body, existing) {
        const props = body.properties;
        const roleOf = (p) => String(p.roleDefinitionId ?? '')
            .split('/')
            .pop()
            ?.toLowerCase();
        if (existing) {
            const before = existing.body.properties;
            if (String(before.principalId).toLowerCase() !== String(props.principalId).toLowerCase() ||
                roleOf(before) !== roleOf(props)) {
                throw new ArmError(400, 'RoleAssignmentUpdateNotPermitted', 'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.');
            }
            return;
        }
        const duplicate = Object.values(this.store.state.resources).find((r) => {
            if (r.type.toLowerCase() !== ROLE_ASSIGNMENT)
                return false;
            const other = refFromId(r.id);
            const p = r.body.properties;
            return (other !== undefined &&
                keyOf(other.parentId) === keyOf(ref.parentId) &&
                String(p.principalId).toLowerCase() === String(props.principalId).toLowerCase() &&
                roleOf(p) === roleOf(props));
        });
        if (duplicate) {
            throw new ArmError(409, 'RoleAssignmentExists', `The role assignment already exists. The ID of the existing role assignment is ${duplicate.name}.`);
        }
    }
    /** Azure fills in the principal of a system-assigned identity, and the ids of a user-assigned identity. */
    addIdentity(ref, body) {
        if (world_isObject(body.identity) &&
            typeof body.identity.type === 'string' &&
            /systemassigned/i.test(body.identity.type)) {
            body.identity.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
            body.identity.tenantId = EMULATOR_TENANT;
        }
        if (ref.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities') {
            const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
            props.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
            props.clientId = guidFrom(`client:${keyOf(ref.id)}`);
            props.tenantId = EMULATOR_TENANT;
        }
    }
}
function inUseSubnet(subnetName, userId) {
    return new ArmError(400, 'InUseSubnetCannotBeDeleted', `Subnet ${subnetName} is in use by ${userId} and cannot be deleted. In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.`);
}
function softDeleted(id, kind, resource, location, deletedAt, retentionDays, purgeProtection) {
    return {
        id,
        kind,
        name: resource.name,
        location,
        resource: { ...resource, provisioningState: 'Succeeded' },
        deletionDate: deletedAt.toISOString(),
        scheduledPurgeDate: new Date(deletedAt.getTime() + retentionDays * 86400e3).toISOString(),
        purgeProtection,
    };
}
function normalizeLocation(location) {
    return location.replace(/\s+/g, '').toLowerCase();
}
/** JSON merge patch (RFC 7386) as ARM applies PATCH bodies; tags are replaced as a whole. */
function mergePatch(target, patch) {
    const result = structuredClone(target);
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete result[k];
        else if (k !== 'tags' && world_isObject(v) && world_isObject(result[k]))
            result[k] = mergePatch(result[k], v);
        else
            result[k] = structuredClone(v);
    }
    return result;
}
/**
 * ARM's $filter subset for resource lists: `tagName eq 'x' [and tagValue eq 'y']`, `resourceType eq 'T'`,
 * `name eq 'n'`, `location eq 'l'`, `substringof('s', name)`, joined with `and`.
 */
function parseFilter(filter) {
    const clauses = filter.split(/\s+and\s+/i).map((c) => c.trim());
    const tests = [];
    let tagName;
    let tagValue;
    for (const clause of clauses) {
        const eq = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
        const sub = /^substringof\(\s*'((?:[^']|'')*)'\s*,\s*name\s*\)$/i.exec(clause);
        if (eq) {
            const field = eq[1].toLowerCase();
            const value = eq[2].replace(/''/g, "'");
            if (field === 'tagname')
                tagName = value;
            else if (field === 'tagvalue')
                tagValue = value;
            else if (field === 'resourcetype')
                tests.push((s) => s.type.toLowerCase() === value.toLowerCase());
            else if (field === 'name')
                tests.push((s) => s.name.toLowerCase() === value.toLowerCase());
            else if (field === 'location')
                tests.push((s) => normalizeLocation(s.location) === normalizeLocation(value));
            else
                throw invalidFilter(filter);
        }
        else if (sub) {
            const value = sub[1].replace(/''/g, "'").toLowerCase();
            tests.push((s) => s.name.toLowerCase().includes(value));
        }
        else {
            throw invalidFilter(filter);
        }
    }
    if (tagValue !== undefined && tagName === undefined)
        throw invalidFilter(filter);
    if (tagName !== undefined) {
        const name = tagName.toLowerCase();
        const value = tagValue;
        tests.push((s) => Object.entries(s.tags).some(([k, v]) => k.toLowerCase() === name && (value === undefined || v === value)));
    }
    return (s) => tests.every((t) => t(s));
}
function invalidFilter(filter) {
    return new ArmError(400, 'InvalidFilterInQueryString', `Invalid $filter '${filter}' specified in the query string. Supported: tagName eq 'x' [and tagValue eq 'y'], resourceType eq 'T', name eq 'n', location eq 'l', substringof('s', name), joined with 'and'.`);
}

;// CONCATENATED MODULE: ./build/emulator/deployments.js
// ARM deployments of fully concrete templates: preflight validation, resources created in dependsOn order
// with simulated durations, the Azure-AsyncOperation protocol, deployment operations, what-if and validate.





const TEMPLATE_KEYS = new Set(['type', 'apiVersion', 'name', 'dependsOn', 'comments', 'scope', 'metadata']);
function templateError(message) {
    return new ArmError(400, 'InvalidTemplate', `Deployment template validation failed: '${message}'.`);
}
/** Finds a template language expression (`[...]`, not the `[[` escape) anywhere in a value. */
function findExpression(value, path) {
    if (typeof value === 'string') {
        const t = value.trim();
        if (t.startsWith('[') && !t.startsWith('[[') && t.endsWith(']'))
            return { path, text: value };
        return undefined;
    }
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const hit = findExpression(value[i], `${path}[${i}]`);
            if (hit)
                return hit;
        }
        return undefined;
    }
    if (world_isObject(value)) {
        for (const [k, v] of Object.entries(value)) {
            const hit = findExpression(v, path ? `${path}.${k}` : k);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
function deploymentId(scope, name) {
    return `${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/${name}`;
}
function isoDuration(ms) {
    return `PT${(ms / 1000).toFixed(3)}S`;
}
class Deployments {
    world;
    cancelled = new Set();
    running = 0;
    peakRunning = 0;
    constructor(world) {
        this.world = world;
    }
    get store() {
        return this.world.store;
    }
    /** Deployments that were running when the emulator stopped are run again (their writes are idempotent). */
    resume() {
        for (const d of Object.values(this.store.state.deployments)) {
            if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
                const planned = this.plan(d.template, {
                    subscriptionId: d.subscriptionId,
                    resourceGroup: d.resourceGroup,
                });
                void this.execute(d, planned);
            }
        }
    }
    // ───────────── template → planned resources ─────────────
    /** Structural validation of a template; throws InvalidTemplate. */
    plan(template, scope) {
        if (!world_isObject(template)) {
            throw armErrors.invalidRequestContent("Required property 'template' not found in JSON. Path 'properties' (templateLink is not supported by the emulator: send the template inline)");
        }
        const resources = template.resources;
        if (!Array.isArray(resources)) {
            throw templateError("The template 'resources' must be an array of fully concrete resources (symbolic-name templates are not supported by the emulator)");
        }
        const planned = [];
        const byKey = new Map();
        resources.forEach((raw, index) => {
            if (!world_isObject(raw))
                throw templateError(`The template resource at index '${index}' is not an object`);
            const expression = findExpression(raw, '');
            if (expression) {
                throw templateError(`The template resource '${String(raw.name ?? index)}' contains the template language expression '${expression.text}' at '${expression.path}'. The emulator, like aifactory, deploys only fully concrete templates: compute the value before deploying`);
            }
            for (const unsupported of ['copy', 'condition', 'resources']) {
                if (raw[unsupported] !== undefined) {
                    throw templateError(`The template resource '${String(raw.name ?? index)}' uses '${unsupported}', which the emulator does not support: list every resource explicitly`);
                }
            }
            const { type, apiVersion, name } = raw;
            if (typeof type !== 'string' || typeof apiVersion !== 'string' || typeof name !== 'string') {
                throw templateError(`The template resource at index '${index}' must have string 'type', 'apiVersion' and 'name'`);
            }
            if (type.toLowerCase() === 'microsoft.resources/deployments') {
                throw templateError(`The template resource '${name}' is a nested deployment, which the emulator does not support: deploy to each resource group separately`);
            }
            const ref = this.resolveId(type, name, raw.scope, scope);
            const body = {};
            for (const [k, v] of Object.entries(raw))
                if (!TEMPLATE_KEYS.has(k))
                    body[k] = v;
            const dependsOn = raw.dependsOn === undefined ? [] : raw.dependsOn;
            if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) {
                throw templateError(`The 'dependsOn' of template resource '${name}' must be an array of strings`);
            }
            const p = { index, ref, apiVersion, body, dependsOn: dependsOn };
            const key = keyOf(ref.id);
            if (byKey.has(key))
                throw templateError(`The resource '${ref.id}' is defined multiple times in a template`);
            byKey.set(key, p);
            planned.push(p);
        });
        for (const p of planned)
            p.dependsOn = p.dependsOn.map((d) => this.resolveDependency(d, planned, p));
        this.checkCycles(planned, byKey);
        return planned;
    }
    resolveId(type, name, scopeProp, scope) {
        const typeParts = type.split('/');
        const nameParts = name.split('/');
        if (typeParts.length < 2 ||
            typeParts.length - 1 !== nameParts.length ||
            nameParts.some((n) => n === '')) {
            throw templateError(`The template resource '${name}' for type '${type}' has incorrect segment lengths. A nested resource type must have identical number of segments as its resource name. A root resource type must have segment length one greater than its resource name`);
        }
        const base = scopeId(scope.subscriptionId, scope.resourceGroup);
        let prefix = base;
        if (typeof scopeProp === 'string' && scopeProp !== '') {
            prefix = scopeProp.startsWith('/') ? scopeProp.replace(/\/+$/, '') : `${base}/providers/${scopeProp}`;
        }
        else if (scopeProp !== undefined) {
            throw templateError(`The 'scope' of template resource '${name}' must be a resource id`);
        }
        if (type.toLowerCase() === 'microsoft.resources/resourcegroups') {
            if (scope.resourceGroup)
                throw templateError(`Resource groups can only be deployed at subscription scope ('${name}')`);
            return {
                id: scopeId(scope.subscriptionId, name),
                subscriptionId: scope.subscriptionId,
                resourceGroup: name,
                type: 'Microsoft.Resources/resourceGroups',
                namespace: 'Microsoft.Resources',
                name,
                parentId: base,
                extension: false,
                child: false,
            };
        }
        const path = typeParts
            .slice(1)
            .map((t, i) => `${t}/${nameParts[i]}`)
            .join('/');
        const ref = refFromId(`${prefix}/providers/${typeParts[0]}/${path}`);
        if (!ref)
            throw templateError(`The resource id of template resource '${name}' cannot be formed from scope '${prefix}'`);
        return ref;
    }
    resolveDependency(dep, planned, owner) {
        const d = dep.toLowerCase().replace(/\/+$/, '');
        const hit = planned.find((p) => keyOf(p.ref.id) === d) ??
            planned.find((p) => `${p.ref.type}/${p.ref.id.split('/').slice(-1)}`.toLowerCase() === d) ??
            planned.find((p) => keyOf(p.ref.id).endsWith(`/${d}`)) ??
            planned.find((p) => p.ref.name.toLowerCase() === d);
        if (!hit) {
            throw templateError(`The resource '${dep}' referenced in 'dependsOn' of '${owner.ref.name}' is not defined in the template`);
        }
        return keyOf(hit.ref.id);
    }
    checkCycles(planned, byKey) {
        const state = new Map();
        const visit = (key, trail) => {
            if (state.get(key) === 'done')
                return;
            if (state.get(key) === 'visiting') {
                throw templateError(`Circular dependency detected on resource: '${[...trail, key].map((k) => byKey.get(k)?.ref.name ?? k).join("' -> '")}'`);
            }
            state.set(key, 'visiting');
            for (const next of byKey.get(key)?.dependsOn ?? [])
                visit(next, [...trail, key]);
            state.set(key, 'done');
        };
        for (const p of planned)
            visit(keyOf(p.ref.id), []);
    }
    /** Preflight: what ARM and the providers check before accepting a deployment. Errors as inner details. */
    preflight(name, planned) {
        const details = [];
        for (const p of planned) {
            const location = typeof p.body.location === 'string' ? p.body.location : undefined;
            const version = checkApiVersion(this.world.registry, p.ref.type, p.apiVersion, location);
            if (version) {
                details.push(version.toDetail());
                continue;
            }
            if (p.ref.type === 'Microsoft.Resources/resourceGroups')
                continue;
            try {
                this.staticChecks(p);
            }
            catch (e) {
                if (e instanceof ArmError)
                    details.push(e.toDetail());
                else
                    throw e;
            }
        }
        if (details.length > 0) {
            throw new ArmError(400, 'InvalidTemplateDeployment', `The template deployment '${name}' is not valid according to the validation procedure. The tracking id is '${guidFrom(name + Date.now())}'. See inner errors for details.`, details);
        }
    }
    /** Body checks and soft-delete conflicts, which Azure reports at preflight. */
    staticChecks(p) {
        const world = this.world;
        const problem = checkBody(p.ref, p.body);
        if (problem)
            throw problem;
        const type = p.ref.type.toLowerCase();
        if (type === 'microsoft.keyvault/vaults' || type === 'microsoft.cognitiveservices/accounts') {
            const deleted = world.findSoftDeleted(p.ref);
            const props = world_isObject(p.body.properties) ? p.body.properties : {};
            if (deleted && props.createMode !== 'recover' && props.restore !== true) {
                // Reuse the world's wording by running its check on a copy.
                world.prepareWrite(p.ref, structuredClone(p.body));
            }
        }
    }
    // ───────────── REST handlers ─────────────
    render(d) {
        return {
            id: d.id,
            name: d.name,
            type: 'Microsoft.Resources/deployments',
            ...(d.location ? { location: d.location } : {}),
            ...(d.tags ? { tags: d.tags } : {}),
            properties: {
                provisioningState: d.provisioningState,
                mode: d.mode,
                timestamp: d.timestamp,
                duration: d.duration,
                correlationId: d.correlationId,
                templateHash: d.templateHash,
                parameters: d.parameters ?? {},
                outputs: {},
                outputResources: d.outputResources,
                providers: [],
                dependencies: [],
                ...(d.error ? { error: d.error } : {}),
            },
        };
    }
    find(scope, name) {
        return this.store.state.deployments[keyOf(deploymentId(scope, name))];
    }
    requireScope(scope) {
        if (scope.resourceGroup)
            this.world.requireGroup(scope.subscriptionId, scope.resourceGroup);
    }
    get(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        return { status: 200, body: this.render(d) };
    }
    exists(scope, name) {
        this.requireScope(scope);
        return { status: this.find(scope, name) ? 204 : 404 };
    }
    list(scope) {
        this.requireScope(scope);
        const prefix = keyOf(`${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/`);
        return Object.entries(this.store.state.deployments)
            .filter(([k]) => k.startsWith(prefix))
            .map(([, d]) => this.render(d));
    }
    parseBody(body, scope) {
        const props = body.properties;
        if (!world_isObject(props))
            throw armErrors.invalidRequestContent("Required property 'properties' not found in JSON. Path ''");
        const mode = typeof props.mode === 'string' ? props.mode : '';
        if (mode !== 'Incremental' && mode !== 'Complete') {
            throw new ArmError(400, 'InvalidDeploymentMode', `The deployment mode '${mode}' is not valid. Valid values are 'Incremental' and 'Complete'.`);
        }
        if (!scope.resourceGroup && (typeof body.location !== 'string' || body.location === '')) {
            throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition (deployments at subscription scope need a location).');
        }
        if (props.templateLink !== undefined) {
            throw templateError('templateLink is not supported by the emulator: send the template inline');
        }
        return { props, mode };
    }
    put(base, scope, name, body) {
        this.requireScope(scope);
        const existing = this.find(scope, name);
        if (existing && (existing.provisioningState === 'Accepted' || existing.provisioningState === 'Running')) {
            throw new ArmError(409, 'DeploymentActive', `Unable to edit or replace deployment '${name}': previous deployment from '${existing.startedAt}' is still active. Please see https://aka.ms/arm-deploy for usage details.`);
        }
        const { props, mode } = this.parseBody(body, scope);
        if (mode === 'Complete') {
            throw new ArmError(400, 'InvalidDeploymentMode', "The emulator supports only 'Incremental' deployments; aifactory deletes by resource id in cleanup order.");
        }
        const planned = this.plan(props.template, scope);
        this.preflight(name, planned);
        const now = this.world.now();
        const id = deploymentId(scope, name);
        const op = this.world.newOperation(planned.map((p) => p.ref.type), `DEPLOY ${keyOf(id)}`);
        const d = {
            id,
            name,
            subscriptionId: scope.subscriptionId,
            resourceGroup: scope.resourceGroup,
            location: typeof body.location === 'string' ? body.location : undefined,
            tags: world_isObject(body.tags) ? body.tags : undefined,
            template: props.template,
            parameters: props.parameters,
            mode,
            provisioningState: 'Accepted',
            timestamp: now,
            startedAt: now,
            duration: 'PT0S',
            correlationId: guidFrom(`${id}:${now}`),
            templateHash: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(props.template)).digest('hex').slice(0, 20),
            outputResources: [],
            operations: [],
            asyncOperationId: op.id,
        };
        this.store.state.deployments[keyOf(id)] = d;
        this.store.changed();
        void this.execute(d, planned);
        return {
            status: existing ? 200 : 201,
            body: this.render(d),
            headers: this.world.asyncHeader(base, scope.subscriptionId, op),
        };
    }
    delete(base, scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            return { status: 204 };
        if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
            throw new ArmError(409, 'DeploymentActive', `Deployment '${name}' is still running and cannot be deleted; cancel it first.`);
        }
        delete this.store.state.deployments[keyOf(d.id)];
        this.store.changed();
        const op = this.world.newOperation([], `DELETE ${keyOf(d.id)}`);
        this.world.finishOperation(op);
        return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
    }
    cancel(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        if (d.provisioningState !== 'Accepted' && d.provisioningState !== 'Running') {
            throw new ArmError(409, 'DeploymentCannotBeCancelled', `Deployment '${name}' cannot be cancelled: it is ${d.provisioningState}.`);
        }
        this.cancelled.add(keyOf(d.id));
        return { status: 204 };
    }
    operations(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        return d.operations.map((o) => this.renderOperation(d, o));
    }
    operation(scope, name, operationId) {
        const all = this.operations(scope, name);
        const hit = all.find((o) => String(o.operationId).toLowerCase() === operationId.toLowerCase());
        if (!hit)
            throw new ArmError(404, 'DeploymentOperationNotFound', `Deployment operation '${operationId}' of deployment '${name}' could not be found.`);
        return { status: 200, body: hit };
    }
    renderOperation(d, o) {
        return {
            id: `${d.id}/operations/${o.operationId}`,
            operationId: o.operationId,
            properties: {
                provisioningOperation: o.provisioningOperation,
                provisioningState: o.provisioningState,
                timestamp: o.timestamp,
                duration: o.duration,
                ...(o.statusCode ? { statusCode: o.statusCode } : {}),
                ...(o.statusMessage !== undefined ? { statusMessage: o.statusMessage } : {}),
                targetResource: o.targetResource,
            },
        };
    }
    validate(scope, name, body) {
        this.requireScope(scope);
        try {
            const { props, mode } = this.parseBody(body, scope);
            const planned = this.plan(props.template, scope);
            this.preflight(name, planned);
            return {
                status: 200,
                body: {
                    id: deploymentId(scope, name),
                    name,
                    type: 'Microsoft.Resources/deployments',
                    properties: {
                        provisioningState: 'Succeeded',
                        mode,
                        timestamp: this.world.now(),
                        validatedResources: planned.map((p) => ({ id: p.ref.id })),
                    },
                },
            };
        }
        catch (e) {
            if (e instanceof ArmError && e.status === 400)
                return { status: 400, body: e.body() };
            throw e;
        }
    }
    whatIf(base, scope, name, body) {
        this.requireScope(scope);
        const { props, mode } = this.parseBody(body, scope);
        const planned = this.plan(props.template, scope);
        this.preflight(name, planned);
        const changes = planned.map((p) => this.changeFor(p));
        if (mode === 'Complete' && scope.resourceGroup) {
            const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
            for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
                if (!inTemplate.has(keyOf(String(r.id)))) {
                    const live = this.store.resource(String(r.id));
                    changes.push({
                        resourceId: String(r.id),
                        changeType: 'Delete',
                        before: live ? this.world.render(live) : r,
                    });
                }
            }
        }
        else if (scope.resourceGroup) {
            const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
            for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
                if (!inTemplate.has(keyOf(String(r.id))))
                    changes.push({ resourceId: String(r.id), changeType: 'Ignore' });
            }
        }
        const op = this.world.newOperation(planned.map((p) => p.ref.type), `WHATIF ${keyOf(deploymentId(scope, name))}`);
        this.world.later(this.world.scaledMs(1), () => this.world.finishOperation(op, { result: { status: 'Succeeded', properties: { changes } } }));
        return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
    }
    changeFor(p) {
        const after = { id: p.ref.id, name: p.ref.name, type: p.ref.type, apiVersion: p.apiVersion, ...p.body };
        if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
            const g = this.store.group(p.ref.subscriptionId, p.ref.name);
            if (!g)
                return { resourceId: p.ref.id, changeType: 'Create', after };
            const before = this.world.renderGroup(g);
            const delta = diff({ location: g.location, tags: g.tags ?? {} }, { location: p.body.location, tags: p.body.tags ?? {} }, '');
            return {
                resourceId: p.ref.id,
                changeType: delta.length ? 'Modify' : 'NoChange',
                before,
                after,
                ...(delta.length ? { delta } : {}),
            };
        }
        const live = this.store.resource(p.ref.id);
        if (!live)
            return { resourceId: p.ref.id, changeType: 'Create', after };
        const before = this.world.render(live);
        const beforeBody = comparable(before);
        const afterBody = comparable(after);
        const delta = diff(beforeBody, afterBody, '');
        return {
            resourceId: live.id,
            changeType: delta.length ? 'Modify' : 'NoChange',
            before,
            after,
            ...(delta.length ? { delta } : {}),
        };
    }
    // ───────────── execution ─────────────
    async execute(d, planned) {
        const world = this.world;
        const op = d.asyncOperationId ? this.store.state.operations[d.asyncOperationId] : undefined;
        this.running += 1;
        this.peakRunning = Math.max(this.peakRunning, this.running);
        const started = Date.now();
        try {
            await world.sleep(1);
            if (world.closing)
                return;
            d.provisioningState = 'Running';
            d.operations = [];
            if (op)
                op.status = 'Running';
            this.store.changed();
            const seconds = this.resourceSeconds(planned);
            const outcome = new Map();
            const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
            const start = (p) => {
                const key = keyOf(p.ref.id);
                let promise = outcome.get(key);
                if (!promise) {
                    promise = (async () => {
                        const deps = await Promise.all(p.dependsOn.map((k) => start(byKey.get(k))));
                        if (deps.some((ok) => !ok) || world.closing || this.cancelled.has(keyOf(d.id)))
                            return false;
                        return this.provision(d, p, seconds.get(key) ?? 0);
                    })();
                    outcome.set(key, promise);
                }
                return promise;
            };
            const results = await Promise.all(planned.map(start));
            if (world.closing)
                return;
            d.duration = isoDuration(Date.now() - started);
            d.timestamp = world.now();
            if (this.cancelled.delete(keyOf(d.id))) {
                d.provisioningState = 'Canceled';
                if (op)
                    world.finishOperation(op, { status: 'Canceled' });
            }
            else if (results.every((ok) => ok)) {
                d.provisioningState = 'Succeeded';
                d.outputResources = planned.map((p) => ({ id: p.ref.id }));
                if (op)
                    world.finishOperation(op);
            }
            else {
                d.provisioningState = 'Failed';
                const failures = d.operations
                    .filter((o) => o.provisioningState === 'Failed')
                    .map((o) => o.statusMessage.error);
                const error = new ArmError(400, 'DeploymentFailed', 'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.', failures);
                d.error = error.toDetail();
                d.outputResources = d.operations
                    .filter((o) => o.provisioningState === 'Succeeded')
                    .map((o) => ({ id: o.targetResource.id }));
                if (op)
                    world.finishOperation(op, { error });
            }
            this.store.changed();
        }
        finally {
            this.running -= 1;
        }
    }
    /**
     * Simulated seconds per resource: the slowest type of the template (its service's typical time) spread over
     * the longest dependsOn chain, so one deployment takes about its service's time, as the plan estimates.
     */
    resourceSeconds(planned) {
        const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
        const depth = new Map();
        const depthOf = (key) => {
            const known = depth.get(key);
            if (known !== undefined)
                return known;
            const p = byKey.get(key);
            const value = 1 + Math.max(0, ...p.dependsOn.map(depthOf));
            depth.set(key, value);
            return value;
        };
        const longest = Math.max(1, ...planned.map((p) => depthOf(keyOf(p.ref.id))));
        const slowest = Math.max(0, ...planned.map((p) => p.ref.type === 'Microsoft.Resources/resourceGroups'
            ? 0
            : (this.world.registry.get(p.ref.type)?.provisioningSeconds ?? 5)));
        return new Map(planned.map((p) => [keyOf(p.ref.id), slowest / longest]));
    }
    async provision(d, p, seconds) {
        const world = this.world;
        const record = {
            operationId: guidFrom(`${d.id}:${d.startedAt}:${p.ref.id}`)
                .replace(/-/g, '')
                .slice(0, 16)
                .toUpperCase(),
            provisioningOperation: 'Create',
            provisioningState: 'Running',
            timestamp: world.now(),
            duration: 'PT0S',
            targetResource: {
                id: p.ref.id,
                resourceName: p.ref.name,
                resourceType: p.ref.type,
                apiVersion: p.apiVersion,
            },
        };
        d.operations.push(record);
        this.store.changed();
        const started = Date.now();
        const finish = (ok, status, message) => {
            record.provisioningState = ok ? 'Succeeded' : 'Failed';
            record.statusCode = statusName(status);
            record.statusMessage = message;
            record.duration = isoDuration(Date.now() - started);
            record.timestamp = world.now();
            this.store.changed();
            return ok;
        };
        try {
            if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
                const reply = world.putGroup(p.ref.subscriptionId, p.ref.name, p.body);
                return finish(true, reply.status, reply.body);
            }
            // ARM itself retries resources another operation holds, so a deployment waits instead of failing.
            while (world.isBusy(p.ref.id) && !world.closing)
                await world.sleep(Math.max(5, world.scaledMs(0.5)));
            const stored = world.prepareWrite(p.ref, p.body);
            const existed = this.store.resource(p.ref.id) !== undefined;
            world.commitWrite(p.ref, p.apiVersion, stored, existed ? 'Updating' : 'Creating');
            await world.sleep(world.scaledMs(seconds));
            const live = this.store.resource(p.ref.id);
            if (!live)
                return finish(false, 404, {
                    status: 'Failed',
                    error: armErrors.resourceNotFound(p.ref.type, p.ref.name, p.ref.resourceGroup).toDetail(),
                });
            if (world.faults.shouldFail(`fail ${keyOf(d.id)} ${keyOf(p.ref.id)}`, p.ref.type)) {
                live.provisioningState = 'Failed';
                this.store.changed();
                return finish(false, 200, {
                    status: 'Failed',
                    error: {
                        code: 'ResourceDeploymentFailure',
                        message: `The resource write operation failed to complete successfully, because it reached terminal provisioning state 'Failed'. (fault injected by the emulator for ${p.ref.type})`,
                    },
                });
            }
            live.provisioningState = 'Succeeded';
            return finish(true, existed ? 200 : 201, world.render(live));
        }
        catch (e) {
            if (e instanceof ArmError)
                return finish(false, e.status, { status: 'Failed', error: e.toDetail() });
            throw e;
        }
    }
}
/** The parts of a resource what-if compares: what a client sends, minus what Azure derives. */
function comparable(resource) {
    const { location, tags, sku, kind, identity, properties, plan } = resource;
    const result = {};
    if (location !== undefined)
        result.location = String(location).replace(/\s+/g, '').toLowerCase();
    if (tags !== undefined)
        result.tags = tags;
    if (sku !== undefined)
        result.sku = sku;
    if (kind !== undefined)
        result.kind = kind;
    if (plan !== undefined)
        result.plan = plan;
    if (world_isObject(identity)) {
        const { principalId: _p, tenantId: _t, ...rest } = identity;
        result.identity = rest;
    }
    if (world_isObject(properties)) {
        const { provisioningState: _s, subnets: _n, privateEndpoints: _e, ...rest } = properties;
        if (resource.type === 'Microsoft.ManagedIdentity/userAssignedIdentities') {
            delete rest.principalId;
            delete rest.clientId;
            delete rest.tenantId;
        }
        result.properties = rest;
    }
    return result;
}
/**
 * Property-level differences as ARM what-if reports them: full dotted paths down to the leaves of objects;
 * an array that differs is one `Array` change whose children are its elements by index — removed and added
 * elements as Delete/Create, an object element changed in place as Modify with relative child paths.
 */
function diff(before, after, path) {
    if (world_isObject(before) && world_isObject(after)) {
        const changes = [];
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const k of keys) {
            const p = path ? `${path}.${k}` : k;
            if (!(k in before))
                changes.push({ path: p, propertyChangeType: 'Create', after: after[k] });
            else if (!(k in after))
                changes.push({ path: p, propertyChangeType: 'Delete', before: before[k] });
            else
                changes.push(...diff(before[k], after[k], p));
        }
        return changes;
    }
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    if (Array.isArray(before) && Array.isArray(after))
        return [{ path, propertyChangeType: 'Array', children: arrayDiff(before, after) }];
    return [{ path, propertyChangeType: 'Modify', before, after }];
}
/** Elements kept in order (longest common subsequence) are not changes; the rest are removed or added. */
function arrayDiff(before, after) {
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const lcs = Array.from({ length: before.length + 1 }, () => new Array(after.length + 1).fill(0));
    for (let i = before.length - 1; i >= 0; i--)
        for (let j = after.length - 1; j >= 0; j--)
            lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const removed = new Map();
    const added = new Map();
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
        if (i < before.length && j < after.length && same(before[i], after[j])) {
            i++;
            j++;
        }
        else if (j < after.length && (i === before.length || lcs[i][j + 1] >= lcs[i + 1][j]))
            added.set(j, after[j++]);
        else
            removed.set(i, before[i++]);
    }
    const children = [];
    for (const [index, b] of removed) {
        const a = added.get(index);
        // An object element changed where it stands: ARM shows it as Modify with the members that differ.
        if (world_isObject(b) && world_isObject(a)) {
            added.delete(index);
            children.push({ path: String(index), propertyChangeType: 'Modify', children: diff(b, a, '') });
        }
        else
            children.push({ path: String(index), propertyChangeType: 'Delete', before: b });
    }
    for (const [index, a] of added)
        children.push({ path: String(index), propertyChangeType: 'Create', after: a });
    return children.sort((x, y) => Number(x.path) - Number(y.path));
}

;// CONCATENATED MODULE: ./build/emulator/faults.js
// Fault injection for tests and benchmarks: `429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0`,
// a rate may be limited to one resource type with `:Type` (`fail=1:Microsoft.Search/searchServices`).
// Draws are keyed by the request (method, path, how often it was seen) rather than by arrival order, so the same
// seed gives the same faults even when concurrent requests interleave differently.
const KINDS = ['429', '500', '503', 'drop', 'fail'];
function parseFaults(spec) {
    const result = { rules: [], latencyMs: 0, retryAfterSeconds: 1 };
    if (!spec || spec.trim() === '')
        return result;
    for (const raw of spec.split(',')) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        const eq = entry.indexOf('=');
        if (eq < 0)
            throw new Error(`fault '${entry}' has no value: write KIND=RATE, e.g. 429=0.1 (${describe()})`);
        const key = entry.slice(0, eq).trim();
        const rest = entry.slice(eq + 1).trim();
        const colon = rest.indexOf(':');
        const valueText = colon < 0 ? rest : rest.slice(0, colon);
        const type = colon < 0 ? undefined : rest.slice(colon + 1).trim();
        const value = Number(valueText);
        if (!Number.isFinite(value) || value < 0) {
            throw new Error(`fault '${entry}': '${valueText}' is not a non-negative number`);
        }
        if (key === 'latency')
            result.latencyMs = value;
        else if (key === 'retryAfter')
            result.retryAfterSeconds = Math.round(value);
        else if (KINDS.includes(key)) {
            if (value > 1)
                throw new Error(`fault '${entry}': a rate is between 0 and 1`);
            if (type !== undefined && !/^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(type)) {
                throw new Error(`fault '${entry}': '${type}' is not a resource type such as Microsoft.Search/searchServices`);
            }
            result.rules.push({ kind: key, rate: value, type: type?.toLowerCase() });
        }
        else {
            throw new Error(`unknown fault '${key}' in '${entry}' (${describe()})`);
        }
    }
    return result;
}
function describe() {
    return 'valid: 429, 500, 503, fail, drop (rates 0..1, optional :ResourceType), latency=MS, retryAfter=SECONDS';
}
/** 32-bit FNV-1a, to turn a request key into a PRNG seed. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
/** mulberry32: a tiny seeded PRNG, good enough for fault draws. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
class FaultInjector {
    spec;
    seed;
    seen = new Map();
    constructor(spec, seed) {
        this.spec = spec;
        this.seed = seed;
    }
    get active() {
        return this.spec.rules.length > 0;
    }
    /** One uniform draw for this key; repeated keys draw afresh each time (deterministically). */
    draw(key) {
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return mulberry32(hash(`${this.seed}:${key}:${n}`))();
    }
    applies(rule, types) {
        return rule.type === undefined || types.some((t) => t.toLowerCase() === rule.type);
    }
    /** A request-level fault (429/500/503/drop) for a mutating call or a poll, or undefined. */
    requestFault(key, types) {
        const rules = this.spec.rules.filter((r) => r.kind !== 'fail' && this.applies(r, types));
        if (rules.length === 0)
            return undefined;
        const r = this.draw(key);
        let acc = 0;
        for (const rule of rules) {
            acc += rule.rate;
            if (r < acc)
                return rule.kind;
        }
        return undefined;
    }
    /** Whether the provisioning of one resource of `type` inside a deployment fails. */
    shouldFail(key, type) {
        const rules = this.spec.rules.filter((r) => r.kind === 'fail' && this.applies(r, [type]));
        if (rules.length === 0)
            return false;
        const rate = Math.min(1, rules.reduce((s, r) => s + r.rate, 0));
        return this.draw(key) < rate;
    }
}

// EXTERNAL MODULE: ./build/core/catalog/index.js + 12 modules
var core_catalog = __nccwpck_require__(4829);
;// CONCATENATED MODULE: ./build/emulator/registry.js
// The resource types the emulator knows: every type of the service catalog at its catalog api-version, the
// platform types the core generates around services, and ARM's own (resource groups, deployments, locks, tags).
// Unknown types and api-versions are refused with ARM's codes, so a body Azure would reject fails here too.

const DEFAULT_SECONDS = 5;
/** ARM's own types: always known, whatever the catalog says. */
const RESOURCES_API_VERSIONS = [
    '2025-04-01',
    '2025-03-01',
    '2024-11-01',
    '2024-07-01',
    '2024-03-01',
    '2023-07-01',
    '2022-09-01',
    '2021-04-01',
    '2021-01-01',
    '2020-10-01',
    '2020-06-01',
    '2019-10-01',
];
const BUILT_IN = {
    'Microsoft.Resources/resourceGroups': RESOURCES_API_VERSIONS,
    'Microsoft.Resources/deployments': RESOURCES_API_VERSIONS,
    'Microsoft.Resources/tags': RESOURCES_API_VERSIONS,
    'Microsoft.Authorization/locks': ['2020-05-01', '2017-04-01', '2016-09-01'],
};
/**
 * The types the core generates and other GA api-versions Azure serves for them: older versions accepted
 * besides the catalog's own, and the whole table when the emulator runs without a catalog.
 */
const FALLBACK = {
    'Microsoft.Authorization/roleAssignments': ['2022-04-01', '2020-04-01-preview'],
    'Microsoft.Insights/diagnosticSettings': ['2021-05-01-preview', '2017-05-01-preview'],
    'Microsoft.Insights/components': ['2020-02-02'],
    'Microsoft.OperationalInsights/workspaces': ['2023-09-01', '2022-10-01'],
    'Microsoft.ManagedIdentity/userAssignedIdentities': ['2023-01-31'],
    'Microsoft.KeyVault/vaults': ['2024-11-01', '2023-07-01', '2022-07-01'],
    'Microsoft.Storage/storageAccounts': ['2024-01-01', '2023-05-01', '2023-01-01', '2022-09-01'],
    'Microsoft.Search/searchServices': ['2025-05-01', '2024-06-01-preview', '2023-11-01', '2022-09-01'],
    'Microsoft.CognitiveServices/accounts': ['2025-06-01', '2024-10-01', '2023-05-01'],
    'Microsoft.CognitiveServices/accounts/projects': ['2025-06-01'],
    'Microsoft.CognitiveServices/accounts/deployments': ['2025-06-01', '2024-10-01', '2023-05-01'],
    'Microsoft.ContainerRegistry/registries': ['2023-07-01', '2023-01-01-preview'],
    'Microsoft.DocumentDB/databaseAccounts': ['2024-11-15', '2024-08-15', '2024-05-15'],
    'Microsoft.Network/virtualNetworks': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/virtualNetworks/subnets': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/networkSecurityGroups': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/privateEndpoints': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': ['2024-05-01', '2024-01-01', '2023-11-01'],
    'Microsoft.Network/privateDnsZones': ['2024-06-01', '2020-06-01'],
    'Microsoft.Network/privateDnsZones/virtualNetworkLinks': ['2024-06-01', '2020-06-01'],
    'Microsoft.Network/privateDnsZones/A': ['2024-06-01', '2020-06-01'],
};
/** Deleted-object collections are served with their live type's api-versions. */
const SOFT_DELETE_ALIASES = {
    'microsoft.keyvault/deletedvaults': 'microsoft.keyvault/vaults',
    'microsoft.keyvault/locations/deletedvaults': 'microsoft.keyvault/vaults',
    'microsoft.cognitiveservices/deletedaccounts': 'microsoft.cognitiveservices/accounts',
    'microsoft.cognitiveservices/locations/resourcegroups/deletedaccounts': 'microsoft.cognitiveservices/accounts',
};
class TypeRegistry {
    types = new Map();
    namespaces = new Set();
    add(type, apiVersions, seconds) {
        const key = type.toLowerCase();
        const existing = this.types.get(key);
        if (existing) {
            for (const v of apiVersions)
                if (!existing.apiVersions.includes(v))
                    existing.apiVersions.push(v);
            existing.apiVersions.sort().reverse();
            if (seconds?.provisioning !== undefined) {
                existing.provisioningSeconds = Math.max(existing.provisioningSeconds, seconds.provisioning);
            }
            if (seconds?.deletion !== undefined) {
                existing.deletionSeconds = Math.max(existing.deletionSeconds, seconds.deletion);
            }
            return;
        }
        this.types.set(key, {
            type,
            apiVersions: [...new Set(apiVersions)].sort().reverse(),
            provisioningSeconds: seconds?.provisioning ?? DEFAULT_SECONDS,
            deletionSeconds: seconds?.deletion ?? DEFAULT_SECONDS,
        });
        this.namespaces.add(type.split('/')[0].toLowerCase());
    }
    get(type) {
        const key = type.toLowerCase();
        return this.types.get(SOFT_DELETE_ALIASES[key] ?? key);
    }
    hasNamespace(namespace) {
        return this.namespaces.has(namespace.toLowerCase());
    }
    list() {
        return [...this.types.values()];
    }
}
/**
 * Builds the registry from a catalog (all service and platform types, default: the tool's own catalog) plus
 * ARM's own types. `null` uses the small built-in table instead (for tests of the emulator itself).
 */
function buildRegistry(catalog = core_catalog/* catalog */.U$) {
    const registry = new TypeRegistry();
    for (const [type, versions] of Object.entries(BUILT_IN)) {
        registry.add(type, versions, { provisioning: type.endsWith('/resourceGroups') ? 0 : 1, deletion: 1 });
    }
    if (catalog) {
        for (const service of catalog.services) {
            // The slowest resource of a service is its main one; the catalog times the whole service.
            for (const resource of service.resources) {
                registry.add(resource.type, [resource.apiVersion, ...(FALLBACK[resource.type] ?? [])], {
                    provisioning: service.provisioningSeconds,
                    deletion: service.deletionSeconds,
                });
            }
        }
        for (const [type, version] of Object.entries(catalog.platformApiVersions ?? {})) {
            registry.add(type, [version, ...(FALLBACK[type] ?? [])]);
        }
    }
    if (!catalog)
        for (const [type, versions] of Object.entries(FALLBACK))
            registry.add(type, versions);
    return registry;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./build/emulator/server.js
// HTTP front of the emulator: authentication, fault injection, routing of ARM's REST paths to the world and
// the deployments, paging, and per-operation request counts.







const RESOURCES_NAMESPACE = 'microsoft.resources';
function lower(s) {
    return (s ?? '').toLowerCase();
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function send(res, method, reply) {
    const headers = {
        'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
        'x-ms-correlation-request-id': (0,external_node_crypto_.randomUUID)(),
        ...(reply.headers ?? {}),
    };
    if (reply.body !== undefined && method !== 'HEAD' && reply.status !== 204) {
        const text = JSON.stringify(reply.body);
        res.writeHead(reply.status, {
            ...headers,
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(text),
        });
        res.end(text);
    }
    else {
        res.writeHead(reply.status, { ...headers, 'content-length': 0 });
        res.end();
    }
}
function page(base, url, items, pageSize) {
    const topText = url.searchParams.get('$top');
    const top = topText !== null && Number(topText) > 0 ? Math.min(Number(topText), pageSize) : pageSize;
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0') || 0;
    const value = items.slice(skip, skip + top);
    let nextLink;
    if (skip + top < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set('$skiptoken', String(skip + top));
        nextLink = `${base}${next.pathname}${next.search}`;
    }
    return { status: 200, body: { value, ...(nextLink ? { nextLink } : {}) } };
}
function createEmulatorServer(ctx) {
    const { world } = ctx;
    return (0,external_node_http_.createServer)((req, res) => {
        void handle(ctx, req, res).catch((e) => {
            if (!res.headersSent) {
                const error = e instanceof ArmError
                    ? e
                    : new ArmError(500, 'InternalServerError', `Emulator error: ${e.message}`);
                send(res, req.method ?? 'GET', { status: error.status, body: error.body(), headers: error.headers });
            }
            else {
                res.destroy();
            }
        });
    }).on('clientError', (_e, socket) => socket.destroy());
    async function handle(c, req, res) {
        const method = (req.method ?? 'GET').toUpperCase();
        const host = req.headers.host ?? '127.0.0.1';
        const proto = typeof req.headers['x-forwarded-proto'] === 'string' ? req.headers['x-forwarded-proto'] : 'http';
        const base = `${proto}://${host}`;
        // Clients that join an endpoint and an id ('/{resourceId}') send '//subscriptions/…'; ARM tolerates it.
        const rawUrl = req.url ?? '/';
        const q = rawUrl.indexOf('?');
        const cleanPath = (q < 0 ? rawUrl : rawUrl.slice(0, q)).replace(/\/{2,}/g, '/');
        const url = new URL(cleanPath + (q < 0 ? '' : rawUrl.slice(q)), base);
        c.total.requests += 1;
        const latency = world.faults.spec.latencyMs;
        if (latency > 0)
            await world.sleep(latency);
        const auth = req.headers.authorization;
        if (typeof auth !== 'string' || !/^Bearer\s+\S+/i.test(auth)) {
            count(c, 'unauthenticated');
            await readBody(req);
            const e = armErrors.authenticationFailed();
            send(res, method, {
                status: e.status,
                body: e.body(),
                headers: {
                    'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"',
                },
            });
            return;
        }
        const text = await readBody(req);
        let body = {};
        if (text.trim() !== '' && method !== 'GET' && method !== 'HEAD') {
            try {
                const parsed = JSON.parse(text);
                if (!world_isObject(parsed))
                    throw new Error('the body is not a JSON object');
                body = parsed;
            }
            catch (e) {
                const err = armErrors.invalidRequestContent(`Unexpected character encountered while parsing value: ${e.message}`);
                send(res, method, { status: err.status, body: err.body() });
                return;
            }
        }
        let route;
        try {
            route = routeFor(c, method, url, base, body);
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            count(c, `${method} unrouted`);
            send(res, method, { status: e.status, body: e.body(), headers: e.headers });
            return;
        }
        count(c, route.operation);
        if (route.faultable && world.faults.active) {
            const fault = world.faults.requestFault(route.key, route.types);
            if (fault === 'drop') {
                req.socket.destroy();
                return;
            }
            if (fault) {
                const e = fault === '429'
                    ? armErrors.throttled(world.faults.spec.retryAfterSeconds)
                    : fault === '500'
                        ? armErrors.internal()
                        : armErrors.unavailable();
                send(res, method, { status: e.status, body: e.body(), headers: e.headers });
                return;
            }
        }
        let reply;
        try {
            reply = await route.handle();
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            reply = { status: e.status, body: e.body(), headers: e.headers };
        }
        send(res, method, reply);
    }
}
function count(c, operation) {
    c.counts.set(operation, (c.counts.get(operation) ?? 0) + 1);
}
function requireResourcesVersion(c, url, type = 'Microsoft.Resources/resourceGroups') {
    const problem = checkApiVersion(c.world.registry, type, url.searchParams.get('api-version') ?? undefined);
    if (problem)
        throw problem;
}
function routeFor(c, method, url, base, body) {
    const { world } = c;
    const path = url.pathname.replace(/\/+$/, '');
    const segs = path
        .split('/')
        .filter((s) => s !== '')
        .map(decodeURIComponent);
    const mutating = method !== 'GET' && method !== 'HEAD';
    const key = `${method} ${keyOf(path)}`;
    const make = (operation, handle, types = [], faultable = mutating) => ({
        operation,
        handle,
        types,
        faultable,
        key,
    });
    if (lower(segs[0]) !== 'subscriptions' || segs.length < 2)
        throw armErrors.notFoundRoute(method, path);
    const sub = segs[1];
    const s2 = lower(segs[2]);
    // Polls of long-running operations.
    if (s2 === 'operationresults' && segs.length === 4 && method === 'GET') {
        const op = world.store.state.operations[segs[3]];
        return {
            ...make('operations/result', () => world.operationResult(base, sub, segs[3]), op?.types ?? [], true),
            key: `POLL ${op?.key ?? segs[3]}`,
        };
    }
    if (s2 === 'providers' &&
        lower(segs[3]) === RESOURCES_NAMESPACE &&
        lower(segs[4]) === 'operationstatuses' &&
        segs.length === 6) {
        const op = world.store.state.operations[segs[5]];
        return {
            ...make('operations/status', () => world.operationStatus(sub, segs[5]), op?.types ?? [], true),
            key: `POLL ${op?.key ?? segs[5]}`,
        };
    }
    // Resource groups.
    if (s2 === 'resourcegroups' && segs.length === 3) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, path);
        return make('resourceGroups/list', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listGroups(sub, url.searchParams.get('$filter') ?? undefined), world.pageSize);
        });
    }
    if (s2 === 'resourcegroups' && segs.length === 4) {
        const rg = segs[3];
        const withVersion = (fn) => () => {
            requireResourcesVersion(c, url);
            return fn();
        };
        switch (method) {
            case 'PUT':
                return make('resourceGroups/createOrUpdate', withVersion(() => world.putGroup(sub, rg, body)));
            case 'PATCH':
                return make('resourceGroups/update', withVersion(() => world.patchGroup(sub, rg, body)));
            case 'GET':
                return make('resourceGroups/get', withVersion(() => ({ status: 200, body: world.renderGroup(world.requireGroup(sub, rg)) })));
            case 'HEAD':
                return make('resourceGroups/checkExistence', withVersion(() => {
                    const g = world.store.group(sub, rg);
                    return { status: g && g.provisioningState !== 'Deleting' ? 204 : 404 };
                }));
            case 'DELETE':
                return make('resourceGroups/delete', withVersion(() => world.deleteGroup(base, sub, rg)));
            default:
                throw armErrors.methodNotAllowed(method, path);
        }
    }
    if (s2 === 'resourcegroups' && segs.length === 5 && lower(segs[4]) === 'resources' && method === 'GET') {
        return make('resources/listByResourceGroup', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listResources(sub, segs[3], url.searchParams.get('$filter') ?? undefined), world.pageSize);
        });
    }
    if (s2 === 'resources' && segs.length === 3 && method === 'GET') {
        return make('resources/list', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listResources(sub, undefined, url.searchParams.get('$filter') ?? undefined), world.pageSize);
        });
    }
    // Deployment operations at resource-group scope live outside /providers/.
    if (s2 === 'resourcegroups' &&
        lower(segs[4]) === 'deployments' &&
        lower(segs[6]) === 'operations' &&
        method === 'GET') {
        const scope = { subscriptionId: sub, resourceGroup: segs[3] };
        return deploymentOperationsRoute(c, make, url, base, scope, segs[5], segs[7]);
    }
    const parsed = parsePath(path);
    if (!parsed)
        throw armErrors.notFoundRoute(method, path);
    const last = parsed.providers[parsed.providers.length - 1];
    if (!last)
        throw armErrors.notFoundRoute(method, path);
    // Deployments (resource group or subscription scope).
    if (parsed.providers.length === 1 &&
        lower(last.namespace) === RESOURCES_NAMESPACE &&
        lower(last.pairs[0].type) === 'deployments') {
        return deploymentRoute(c, make, method, url, base, parsed, body);
    }
    // Tags at any scope.
    if (lower(last.namespace) === RESOURCES_NAMESPACE &&
        lower(last.pairs[0]?.type) === 'tags' &&
        last.pairs.length === 1) {
        return tagsRoute(c, make, method, url, parsed, body);
    }
    // Soft-deleted key vaults and Cognitive Services accounts.
    const softDelete = softDeleteRoute(c, make, method, url, base, parsed, path);
    if (softDelete)
        return softDelete;
    // Generic resources by id.
    const ref = resourceRef(parsed);
    const apiVersion = url.searchParams.get('api-version') ?? undefined;
    if (!ref) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, path);
        // A collection: …/{type} without a name lists that type's children of the parent (subnets, locks…).
        if (last.pairs.length === 0 || last.pairs.slice(0, -1).some((x) => x.name === undefined)) {
            throw armErrors.notFoundRoute(method, path);
        }
        const collectionType = `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`;
        const cut = last.pairs.length > 1 ? 1 : 3;
        const parentId = '/' + segs.slice(0, segs.length - cut).join('/');
        return make('resources/listChildren', () => {
            const problem = checkApiVersion(world.registry, collectionType, apiVersion);
            if (problem)
                throw problem;
            if (parsed.resourceGroup)
                world.requireGroup(sub, parsed.resourceGroup);
            return page(base, url, world.listChildren(parentId, collectionType), world.pageSize);
        });
    }
    const types = [ref.type];
    switch (method) {
        case 'PUT':
            return make('resources/createOrUpdateById', () => world.putResource(base, ref, apiVersion, body), types);
        case 'PATCH':
            return make('resources/updateById', () => world.patchResource(ref, apiVersion, body), types);
        case 'DELETE':
            return make('resources/deleteById', () => world.deleteResource(base, ref, apiVersion), types);
        case 'GET':
            return make('resources/getById', () => {
                world.checkVersion(ref, apiVersion);
                return { status: 200, body: world.render(world.getResource(ref)) };
            }, types);
        case 'HEAD':
            return make('resources/checkExistenceById', () => {
                world.checkVersion(ref, apiVersion);
                return { status: world.store.resource(ref.id) ? 204 : 404 };
            }, types);
        default:
            throw armErrors.methodNotAllowed(method, path);
    }
}
function deploymentRoute(c, make, method, url, base, parsed, body) {
    const { deployments } = c;
    const scope = {
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
    };
    const suffix = parsed.resourceGroup ? '' : 'AtSubscriptionScope';
    const pairs = parsed.providers[0].pairs;
    const name = pairs[0].name;
    const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
    const templateTypes = () => {
        const props = world_isObject(body.properties) ? body.properties : {};
        const template = world_isObject(props.template) ? props.template : {};
        return Array.isArray(template.resources)
            ? template.resources.filter(world_isObject).map((r) => String(r.type))
            : [];
    };
    if (name === undefined) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, url.pathname);
        return make(`deployments/list${parsed.resourceGroup ? 'ByResourceGroup' : suffix}`, () => {
            version();
            return page(base, url, deployments.list(scope), c.world.pageSize);
        });
    }
    const action = lower(pairs[1]?.type);
    if (pairs.length === 1) {
        switch (method) {
            case 'PUT':
                return make(`deployments/createOrUpdate${suffix}`, () => {
                    version();
                    return deployments.put(base, scope, name, body);
                }, templateTypes());
            case 'GET':
                return make(`deployments/get${suffix}`, () => {
                    version();
                    return deployments.get(scope, name);
                });
            case 'HEAD':
                return make(`deployments/checkExistence${suffix}`, () => {
                    version();
                    return deployments.exists(scope, name);
                });
            case 'DELETE':
                return make(`deployments/delete${suffix}`, () => {
                    version();
                    return deployments.delete(base, scope, name);
                });
            default:
                throw armErrors.methodNotAllowed(method, url.pathname);
        }
    }
    if (action === 'whatif' && method === 'POST') {
        return make(`deployments/whatIf${suffix}`, () => {
            version();
            return deployments.whatIf(base, scope, name, body);
        }, templateTypes());
    }
    if (action === 'validate' && method === 'POST') {
        return make(`deployments/validate${suffix}`, () => {
            version();
            return deployments.validate(scope, name, body);
        }, templateTypes());
    }
    if (action === 'cancel' && method === 'POST') {
        return make(`deployments/cancel${suffix}`, () => {
            version();
            return deployments.cancel(scope, name);
        });
    }
    if (action === 'operations' && method === 'GET') {
        return deploymentOperationsRoute(c, make, url, base, scope, name, pairs[1].name);
    }
    throw armErrors.notFoundRoute(method, url.pathname);
}
function deploymentOperationsRoute(c, make, url, base, scope, name, operationId) {
    const suffix = scope.resourceGroup ? '' : 'AtSubscriptionScope';
    return make(`deploymentOperations/${operationId ? 'get' : 'list'}${suffix}`, () => {
        requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
        if (operationId)
            return c.deployments.operation(scope, name, operationId);
        return page(base, url, c.deployments.operations(scope, name), c.world.pageSize);
    });
}
function tagsRoute(c, make, method, url, parsed, body) {
    const { world } = c;
    const scope = resourceRef({ ...parsed, providers: parsed.providers.slice(0, -1) })?.id ??
        scopeId(parsed.subscriptionId, parsed.resourceGroup);
    const read = () => {
        if (keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
            parsed.resourceGroup) {
            return world.requireGroup(parsed.subscriptionId, parsed.resourceGroup).tags ?? {};
        }
        const r = world.store.resource(scope);
        if (!r)
            throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
        return r.body.tags ?? {};
    };
    const write = (tags) => {
        if (keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
            parsed.resourceGroup) {
            const g = world.requireGroup(parsed.subscriptionId, parsed.resourceGroup);
            world.checkWriteLocks(g.id);
            g.tags = tags;
        }
        else {
            const r = world.store.resource(scope);
            if (!r)
                throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
            world.checkWriteLocks(r.id);
            r.body.tags = tags;
        }
        world.store.changed();
    };
    const reply = (tags) => ({
        status: 200,
        body: {
            id: `${scope}/providers/Microsoft.Resources/tags/default`,
            name: 'default',
            type: 'Microsoft.Resources/tags',
            properties: { tags },
        },
    });
    const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/tags');
    const requested = () => {
        const props = world_isObject(body.properties) ? body.properties : {};
        return world_isObject(props.tags) ? props.tags : {};
    };
    switch (method) {
        case 'GET':
            return make('tags/getAtScope', () => (version(), reply(read())));
        case 'PUT':
            return make('tags/createOrUpdateAtScope', () => {
                version();
                read();
                write(requested());
                return reply(read());
            });
        case 'PATCH':
            return make('tags/updateAtScope', () => {
                version();
                const current = read();
                const op = String(body.operation ?? '');
                let next;
                if (op === 'Merge')
                    next = { ...current, ...requested() };
                else if (op === 'Replace')
                    next = requested();
                else if (op === 'Delete')
                    next = Object.fromEntries(Object.entries(current).filter(([k]) => !(k in requested())));
                else
                    throw new ArmError(400, 'InvalidTagOperation', `The tag operation '${op}' is invalid. Valid operations are 'Merge', 'Replace' and 'Delete'.`);
                write(next);
                return reply(next);
            });
        case 'DELETE':
            return make('tags/deleteAtScope', () => {
                version();
                write({});
                return { status: 200 };
            });
        default:
            throw armErrors.methodNotAllowed(method, url.pathname);
    }
}
function softDeleteRoute(c, make, method, url, base, parsed, path) {
    const { world } = c;
    if (parsed.resourceGroup || parsed.providers.length !== 1)
        return undefined;
    const p = parsed.providers[0];
    const ns = lower(p.namespace);
    const types = p.pairs.map((x) => lower(x.type)).join('/');
    const version = (type) => {
        const problem = checkApiVersion(world.registry, type, url.searchParams.get('api-version') ?? undefined);
        if (problem)
            throw problem;
    };
    if (ns === 'microsoft.keyvault') {
        if (types === 'deletedvaults' && p.pairs[0].name === undefined && method === 'GET') {
            return make('deletedVaults/list', () => (version('Microsoft.KeyVault/vaults'),
                page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'keyVault'), world.pageSize)));
        }
        if (types === 'locations/deletedvaults' && p.pairs[1].name !== undefined && method === 'GET') {
            return make('deletedVaults/get', () => (version('Microsoft.KeyVault/vaults'),
                { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }));
        }
        if (types === 'locations/deletedvaults/purge' && p.pairs[2].name === undefined && method === 'POST') {
            const id = path.replace(/\/purge$/i, '');
            return make('deletedVaults/purge', () => (version('Microsoft.KeyVault/vaults'), world.purge(base, parsed.subscriptionId, id)), ['Microsoft.KeyVault/vaults']);
        }
    }
    if (ns === 'microsoft.cognitiveservices') {
        if (types === 'deletedaccounts' && p.pairs[0].name === undefined && method === 'GET') {
            return make('deletedAccounts/list', () => (version('Microsoft.CognitiveServices/accounts'),
                page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'cognitiveServices'), world.pageSize)));
        }
        if (types === 'locations/resourcegroups/deletedaccounts' && p.pairs[2].name !== undefined) {
            if (method === 'GET') {
                return make('deletedAccounts/get', () => (version('Microsoft.CognitiveServices/accounts'),
                    { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }));
            }
            if (method === 'DELETE') {
                return make('deletedAccounts/purge', () => (version('Microsoft.CognitiveServices/accounts'),
                    world.purge(base, parsed.subscriptionId, path)), ['Microsoft.CognitiveServices/accounts']);
            }
        }
    }
    return undefined;
}


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/emulator/store.js
// The emulator's world, kept in memory and persisted as one JSON file in the state directory. Writes are
// atomic (temp file + rename) so a killed process leaves either the old or the new state, never half of one.



const STATE_FILE = 'arm-state.json';
const MAX_FINISHED_OPERATIONS = 2000;
function emptyState() {
    return {
        schemaVersion: 1,
        resourceGroups: {},
        resources: {},
        deployments: {},
        softDeleted: {},
        operations: {},
        sequence: 0,
    };
}
class Store {
    dir;
    state;
    file;
    scheduled = false;
    closed = false;
    constructor(dir, state) {
        this.dir = dir;
        this.file = (0,external_node_path_.join)(dir, STATE_FILE);
        this.state = state;
    }
    /** Opens (or creates) the state in `dir`; throws an Error naming the directory when it can't be used. */
    static open(dir) {
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
        catch (e) {
            throw new Error(`emulator state directory '${dir}' cannot be created (${e.code ?? String(e)}): choose another --state-dir or fix its permissions`);
        }
        const file = (0,external_node_path_.join)(dir, STATE_FILE);
        let state = emptyState();
        if ((0,external_node_fs_.existsSync)(file)) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch (e) {
                throw new Error(`emulator state file '${file}' cannot be read (${e.code ?? String(e)}): fix its permissions or choose another --state-dir`);
            }
            try {
                const parsed = JSON.parse(text);
                if (parsed.schemaVersion !== 1)
                    throw new Error(`unknown schemaVersion ${String(parsed.schemaVersion)}`);
                state = { ...emptyState(), ...parsed };
            }
            catch (e) {
                throw new Error(`emulator state file '${file}' is not valid emulator state (${e.message}): delete it to start from an empty world, or choose another --state-dir`);
            }
        }
        const store = new Store(dir, state);
        try {
            store.writeNow();
        }
        catch (e) {
            throw new Error(`emulator state directory '${dir}' is not writable (${e.code ?? String(e)}): choose another --state-dir or fix its permissions`);
        }
        return store;
    }
    nextId(prefix) {
        this.state.sequence += 1;
        return `${prefix}${this.state.sequence.toString(36).padStart(6, '0')}`;
    }
    /** Records that the state changed; changes made in the same tick are written once. */
    changed() {
        if (this.scheduled || this.closed)
            return;
        this.scheduled = true;
        setImmediate(() => {
            this.scheduled = false;
            if (!this.closed)
                this.writeSafely();
        });
    }
    writeSafely() {
        try {
            this.writeNow();
        }
        catch (e) {
            // The server keeps serving from memory; the next change tries again.
            process.stderr.write(`emulator: cannot write state to ${this.file}: ${e.message}\n`);
        }
    }
    writeNow() {
        this.pruneOperations();
        const temp = `${this.file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(this.state));
        (0,external_node_fs_.renameSync)(temp, this.file);
    }
    close() {
        if (this.closed)
            return;
        this.writeSafely();
        this.closed = true;
    }
    pruneOperations() {
        const ops = Object.values(this.state.operations);
        const finished = ops.filter((o) => o.endTime !== undefined);
        if (finished.length <= MAX_FINISHED_OPERATIONS)
            return;
        finished.sort((a, b) => a.endTime.localeCompare(b.endTime));
        for (const op of finished.slice(0, finished.length - MAX_FINISHED_OPERATIONS))
            delete this.state.operations[op.id];
    }
    // ── lookups ──
    group(subscriptionId, name) {
        return this.state.resourceGroups[keyOf(`/subscriptions/${subscriptionId}/resourceGroups/${name}`)];
    }
    resource(id) {
        return this.state.resources[keyOf(id)];
    }
    putResource(r) {
        this.state.resources[keyOf(r.id)] = r;
        this.changed();
    }
    removeResource(id) {
        delete this.state.resources[keyOf(id)];
        this.changed();
    }
}

;// CONCATENATED MODULE: ./build/emulator/index.js






const DEFAULT_TIME_SCALE = 0.01;
async function startEmulator(opts) {
    const faults = new FaultInjector(parseFaults(opts.faults), opts.seed ?? 1);
    const timeScale = opts.timeScale ?? DEFAULT_TIME_SCALE;
    if (!Number.isFinite(timeScale) || timeScale < 0) {
        throw new Error(`time scale must be a number ≥ 0 (got ${String(opts.timeScale)})`);
    }
    const store = Store.open(opts.stateDir);
    const world = new World({
        store,
        registry: buildRegistry(opts.catalog),
        faults,
        timeScale,
        pageSize: opts.pageSize ?? 1000,
    });
    const deployments = new Deployments(world);
    resumePending(world);
    deployments.resume();
    const ctx = { world, deployments, counts: new Map(), total: { requests: 0 } };
    const server = createEmulatorServer(ctx);
    const host = opts.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    }).catch((e) => {
        world.stopTimers();
        store.close();
        throw new Error(`the emulator cannot listen on ${host}:${opts.port ?? 0} (${e.code ?? e.message})`);
    });
    const address = server.address();
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closed;
    return {
        url: `http://${urlHost}:${address.port}`,
        stats: () => ({
            requests: ctx.total.requests,
            byOperation: Object.fromEntries([...ctx.counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
            peakConcurrentDeployments: deployments.peakRunning,
        }),
        close: () => {
            closed ??= new Promise((resolve) => {
                world.stopTimers();
                server.close(() => resolve());
                server.closeAllConnections();
            }).then(() => store.close());
            return closed;
        },
    };
}
/**
 * Work that was in flight when the emulator stopped completes on start: resources being created or updated
 * are done, deletions finish, and their operations report success. Running deployments resume separately.
 */
function resumePending(world) {
    const state = world.store.state;
    for (const r of Object.values(state.resources)) {
        if (r.provisioningState === 'Creating' ||
            r.provisioningState === 'Updating' ||
            r.provisioningState === 'Accepted') {
            r.provisioningState = 'Succeeded';
        }
    }
    for (const r of Object.values(state.resources)) {
        if (r.provisioningState === 'Deleting')
            for (const x of world.resourcesWithin(r.id))
                world.removeWithSoftDelete(x);
    }
    for (const [k, g] of Object.entries(state.resourceGroups)) {
        if (g.provisioningState === 'Deleting') {
            for (const x of world.resourcesWithin(g.id))
                world.removeWithSoftDelete(x);
            delete state.resourceGroups[k];
        }
    }
    const deploymentOps = new Set(Object.values(state.deployments).map((d) => d.asyncOperationId));
    for (const op of Object.values(state.operations)) {
        if ((op.status === 'InProgress' || op.status === 'Running') && !deploymentOps.has(op.id))
            world.finishOperation(op);
    }
    world.store.changed();
}




/***/ }),

/***/ 221:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2215);
// The `aifactory` executable: the real process streams around main().

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true,
    cwd: process.cwd(),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: generalHelp

// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __nccwpck_require__(7980);
// EXTERNAL MODULE: ./build/core/version.js
var version = __nccwpck_require__(8614);
;// CONCATENATED MODULE: ./build/hosts/cli/args.js
// Argument parsing against a command's OptionSpec list: `--name value`, `--name=value`, `--flag`,
// `--no-flag`, lists as `a,b` (repeatable). Every mistake is a message that names the option, the valid
// choices and the nearest match.

class UsageError extends Error {
    name = 'UsageError';
}
const HELP_OPTION = { name: 'help', kind: 'boolean', description: 'Show this help' };
function parseArgs(command, argv) {
    const specs = new Map(command.options.map((o) => [o.name, o]));
    const args = {};
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '-h' || token === '--help') {
            args.help = true;
            continue;
        }
        if (!token.startsWith('--') || token === '--') {
            throw new UsageError(`unexpected argument '${token}' for 'aifactory ${command.name}'; options start with --`);
        }
        const eq = token.indexOf('=');
        let name = eq === -1 ? token.slice(2) : token.slice(2, eq);
        let inline = eq === -1 ? undefined : token.slice(eq + 1);
        let spec = specs.get(name);
        if (!spec &&
            name.startsWith('no-') &&
            specs.get(name.slice(3))?.kind === 'boolean' &&
            inline === undefined) {
            name = name.slice(3);
            spec = specs.get(name);
            inline = 'false';
        }
        if (!spec) {
            const guess = (0,suggest/* suggest */.Z)(name, [...specs.keys(), 'help']);
            throw new UsageError(`unknown option --${name} for 'aifactory ${command.name}'${guess ? `; did you mean --${guess}?` : ''}`);
        }
        if (spec.kind === 'boolean') {
            if (inline === undefined)
                args[name] = true;
            else if (/^(true|false)$/i.test(inline))
                args[name] = inline.toLowerCase() === 'true';
            else
                throw new UsageError(`--${name} is a switch: use --${name} or --no-${name} (got '${inline}')`);
            continue;
        }
        let value = inline;
        if (value === undefined) {
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new UsageError(`--${name} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`);
            }
            value = next;
            i++;
        }
        args[name] = convert(spec, value, args[name]);
    }
    if (args.help)
        return args;
    for (const spec of command.options) {
        if (args[spec.name] === undefined && spec.default !== undefined)
            args[spec.name] = spec.default;
        if (args[spec.name] === undefined && spec.required) {
            throw new UsageError(`'aifactory ${command.name}' needs --${spec.name}${spec.valueName ? ` ${spec.valueName}` : ''}`);
        }
    }
    return args;
}
function convert(spec, value, previous) {
    if (spec.kind === 'number') {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n))
            throw new UsageError(`--${spec.name} must be a number (got '${value}')`);
        return n;
    }
    if (spec.kind === 'list') {
        const items = value
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== '');
        for (const item of items)
            checkChoice(spec, item);
        return [...(Array.isArray(previous) ? previous : []), ...items];
    }
    checkChoice(spec, value);
    return value;
}
function checkChoice(spec, value) {
    if (!spec.choices || spec.choices.includes(value))
        return;
    const guess = (0,suggest/* suggest */.Z)(value, spec.choices);
    throw new UsageError(`--${spec.name} does not accept '${value}'; valid choices: ${spec.choices.join(', ')}${guess ? `; did you mean '${guess}'?` : ''}`);
}
/** `aifactory <command> --help`. */
function commandHelp(command) {
    const usage = command.options
        .filter((o) => o.required)
        .map((o) => `--${o.name} ${o.valueName ?? 'VALUE'}`)
        .join(' ');
    const lines = [
        `Usage: aifactory ${command.name}${usage ? ` ${usage}` : ''} [options]`,
        '',
        command.summary,
        '',
        'Options:',
    ];
    const label = (o) => `--${o.name}${o.kind === 'boolean' ? '' : ` ${o.valueName ?? (o.kind === 'list' ? 'A,B' : 'VALUE')}`}`;
    const all = [...command.options, HELP_OPTION];
    const width = Math.max(...all.map((o) => label(o).length)) + 2;
    for (const o of all) {
        const extra = [];
        if (o.required)
            extra.push('required');
        if (o.choices)
            extra.push(`one of: ${o.choices.join(', ')}`);
        if (o.default !== undefined && o.default !== false)
            extra.push(`default: ${Array.isArray(o.default) ? o.default.join(',') : o.default}`);
        lines.push(`  ${label(o).padEnd(width)}${o.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/app/run.js
var run = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./build/hosts/shared/options.js

const COMMANDS = (/* unused pure expression or super */ null && (['validate', 'plan', 'apply']));
/** `file` is a CLI-only target (an observed-state snapshot); the hosts offer Azure and the local emulator. */
const HOST_TARGETS = (/* unused pure expression or super */ null && (['azure', 'local']));
const DEFAULT_PARALLELISM = 4;
const MAX_PARALLELISM = 64;
/** Splits a list input: commas, spaces or new lines (a YAML block scalar) all separate entries. */
function splitList(text) {
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Default plan file when `plan` is asked for without one: next to the config, one per environment. */
function defaultPlanFile(environment) {
    return `aifactory-plan-${environment}.json`;
}
function toRunOptions(values, names) {
    const problems = [];
    const command = values.command.trim().toLowerCase();
    const target = (values.target.trim() || 'azure').toLowerCase();
    const environment = values.environment.trim();
    const config = values.config.trim() || 'aifactory.yaml';
    if (!command)
        problems.push(`Input '${names.command}' is required. Valid choices: ${COMMANDS.join(', ')}.`);
    else {
        const p = choiceProblem(names.command, command, COMMANDS);
        if (p)
            problems.push(p);
    }
    const targetProblem = choiceProblem(names.target, target, HOST_TARGETS);
    if (targetProblem)
        problems.push(targetProblem);
    if ((command === 'plan' || command === 'apply') && !environment) {
        problems.push(`Input '${names.environment}' is required for '${command}': name one environment of the config (for example dev).`);
    }
    let parallelism = DEFAULT_PARALLELISM;
    const rawParallelism = values.parallelism.trim();
    if (rawParallelism) {
        const n = Number(rawParallelism);
        if (!Number.isInteger(n) || n < 1 || n > MAX_PARALLELISM) {
            problems.push(`Input '${names.parallelism}' is '${rawParallelism}': use a whole number from 1 to ${MAX_PARALLELISM} (default ${DEFAULT_PARALLELISM}).`);
        }
        else
            parallelism = n;
    }
    const subscriptionId = values.subscriptionId?.trim() || undefined;
    if (subscriptionId &&
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subscriptionId)) {
        problems.push(`Input '${names.subscriptionId}' is '${subscriptionId}', which is not a subscription id (a GUID like 00000000-0000-0000-0000-000000000000).`);
    }
    if (problems.length > 0)
        return { problems };
    let planFile = values.planFile.trim() || undefined;
    if (!planFile && command === 'plan')
        planFile = defaultPlanFile(environment);
    const options = {
        command: command,
        configPath: config,
        environment: environment || undefined,
        planFile,
        allowDestroy: splitList(values.allowDestroy),
        parallelism,
        whatIf: values.whatIf,
        target: target,
    };
    if (subscriptionId)
        options.subscriptionId = subscriptionId;
    const tenantId = values.tenantId?.trim();
    if (tenantId)
        options.tenantId = tenantId;
    return { options, problems };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/app/logger.js
const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
function createConsoleLogger(options) {
    const color = options.color ?? false;
    const hidden = new Set(options.hideGroups ?? []);
    const groups = [];
    const quiet = () => groups.some((g) => hidden.has(g));
    const line = (text) => {
        if (!quiet())
            options.write(`${text}\n`);
    };
    return {
        info: (message) => line(message),
        warn: (message) => line(paint(color, '33', message.startsWith('warning') ? message : `warning: ${message}`)),
        error: (message, location) => {
            const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
            line(paint(color, '31', message.startsWith(where) ? message : `${where}${message}`));
        },
        debug: (message) => {
            if (options.verbose)
                line(paint(color, '2', message));
        },
        startGroup: (name) => {
            groups.push(name);
            if (!quiet())
                options.write(`${paint(color, '1', name)}\n`);
        },
        endGroup: () => {
            groups.pop();
        },
    };
}

// EXTERNAL MODULE: ./build/core/catalog/index.js + 12 modules
var catalog = __nccwpck_require__(4829);
;// CONCATENATED MODULE: ./build/hosts/cli/common.js
// What several commands share: the --config/--env options, paths relative to the caller's directory, a logger
// on stderr, and the environment's desired state for the commands that show it without planning.




const configOption = {
    name: 'config',
    kind: 'string',
    valueName: 'FILE',
    description: 'Path of aifactory.yaml',
    default: 'aifactory.yaml',
};
const envOption = (required) => ({
    name: 'env',
    kind: 'string',
    valueName: 'ENV',
    description: required
        ? 'Environment of the config (dev, stage, prod, …)'
        : 'Only this environment (default: all)',
    ...(required ? { required: true } : {}),
});
const tenantOption = {
    name: 'tenant-id',
    kind: 'string',
    valueName: 'GUID',
    description: 'Entra tenant for bodies that need it (Key Vault) when the config has none',
};
/** A path as the user typed it, read relative to the caller's directory (tests run with another cwd). */
function inCwd(io, file) {
    if (external_node_path_.isAbsolute(file) || external_node_path_.resolve(io.cwd) === process.cwd())
        return file;
    return external_node_path_.join(io.cwd, file);
}
const str = (args, name) => typeof args[name] === 'string' ? args[name] : undefined;
const list = (args, name) => Array.isArray(args[name]) ? args[name] : [];
function stderrLogger(io, hideGroups = []) {
    return createConsoleLogger({
        write: io.stderr,
        color: io.color,
        hideGroups,
        verbose: !!process.env.AIFACTORY_DEBUG,
    });
}
/** The config with one environment selected, diagnostics already reported; undefined after an error. */
function loadForCommand(args, io, logger) {
    const env = str(args, 'env');
    const loaded = (0,run/* loadEnvironment */.Ye)(inCwd(io, str(args, 'config')), env, catalog/* catalog */.U$);
    (0,run/* report */.z8)(logger, loaded.diagnostics);
    return loaded.config ? { config: loaded.config, env } : undefined;
}

;// CONCATENATED MODULE: ./build/hosts/cli/commands/apply.js
// `aifactory apply`: plan and apply one environment (or exactly a reviewed plan) on Azure or the local
// emulator. Progress goes to stderr as it happens; the closing sentence goes to stdout.



const APPLY_TARGETS = ['local', 'azure'];
/** Options shared by `apply` and `demo`: where the changes go. */
const localTargetOptions = [
    {
        name: 'state-dir',
        kind: 'string',
        description: 'target local: state of the embedded emulator (default .aifactory/local)',
        valueName: 'DIR',
    },
    {
        name: 'endpoint',
        kind: 'string',
        description: 'target local: an emulator already running (aifactory emulator) instead of the embedded one',
        valueName: 'URL',
    },
    {
        name: 'time-scale',
        kind: 'number',
        description: 'target local: factor on typical provisioning seconds (0.01: a 60 s resource takes 0.6 s)',
        valueName: 'X',
    },
];
const parallelismOption = {
    name: 'parallelism',
    kind: 'number',
    description: `Most services changed at the same time (1–${MAX_PARALLELISM})`,
    valueName: 'N',
    default: DEFAULT_PARALLELISM,
};
function parseParallelism(args) {
    const raw = args.parallelism ?? DEFAULT_PARALLELISM;
    const value = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > MAX_PARALLELISM)
        return {
            problem: `--parallelism must be a whole number from 1 to ${MAX_PARALLELISM} (got '${String(raw)}')`,
        };
    return { value };
}
function parseTimeScale(args) {
    if (args['time-scale'] === undefined)
        return {};
    const value = Number(args['time-scale']);
    if (!Number.isFinite(value) || value < 0)
        return { problem: `--time-scale must be a number ≥ 0 (got '${String(args['time-scale'])}')` };
    return { value };
}
/** Checks the flags and turns them into RunOptions; a problem is one sentence naming the flag. */
function applyOptions(args, io) {
    const environment = str(args, 'env');
    if (!environment)
        return { problem: '--env ENV is required (e.g. dev, stage, prod)' };
    const target = (str(args, 'target') ?? 'local');
    if (!APPLY_TARGETS.includes(target))
        return { problem: `--target must be one of ${APPLY_TARGETS.join(', ')} (got '${target}')` };
    const parallelism = parseParallelism(args);
    if (parallelism.problem)
        return { problem: parallelism.problem };
    const timeScale = parseTimeScale(args);
    if (timeScale.problem)
        return { problem: timeScale.problem };
    const plan = str(args, 'plan');
    const stateDir = str(args, 'state-dir');
    return {
        options: {
            command: 'apply',
            configPath: inCwd(io, str(args, 'config') ?? 'aifactory.yaml'),
            environment,
            ...(plan ? { planFile: inCwd(io, plan) } : {}),
            allowDestroy: list(args, 'allow-destroy'),
            parallelism: parallelism.value,
            whatIf: args['what-if'] === true,
            target,
            ...(str(args, 'endpoint') ? { endpoint: str(args, 'endpoint') } : {}),
            ...(stateDir ? { stateDir: inCwd(io, stateDir) } : {}),
            ...(timeScale.value !== undefined ? { timeScale: timeScale.value } : {}),
            ...(str(args, 'subscription-id') ? { subscriptionId: str(args, 'subscription-id') } : {}),
            ...(str(args, 'tenant-id') ? { tenantId: str(args, 'tenant-id') } : {}),
            forceUnlock: args['force-unlock'] === true,
            purgeSoftDeleted: args['purge-soft-deleted'] === true,
        },
    };
}
const applyCommand = {
    name: 'apply',
    summary: 'Apply one environment: observe, plan (or check a reviewed plan), then change Azure along the graph',
    options: [
        configOption,
        envOption(true),
        {
            name: 'plan',
            kind: 'string',
            description: 'Apply exactly this reviewed plan (plan --out); refused when Azure or the config changed since',
            valueName: 'FILE',
        },
        {
            name: 'allow-destroy',
            kind: 'list',
            description: 'Services whose deletion is allowed although they hold data or are protected',
            valueName: 'A,B|all',
        },
        parallelismOption,
        {
            name: 'what-if',
            kind: 'boolean',
            description: "Without --plan: show each update's property changes from ARM what-if before applying",
        },
        {
            name: 'target',
            kind: 'string',
            description: 'Where to apply: local (the embedded ARM emulator) or azure',
            valueName: 'TARGET',
            choices: APPLY_TARGETS,
            default: 'local',
        },
        ...localTargetOptions,
        {
            name: 'subscription-id',
            kind: 'string',
            valueName: 'GUID',
            description: "Override the environment's subscription from the config",
        },
        tenantOption,
        {
            name: 'force-unlock',
            kind: 'boolean',
            description: "Remove this environment's apply lock first (only when the run holding it is gone)",
        },
        {
            name: 'purge-soft-deleted',
            kind: 'boolean',
            description: 'Purge deleted Key Vaults / Cognitive Services accounts (default: keep them recoverable)',
        },
    ],
    async run(args, io) {
        const parsed = applyOptions(args, io);
        if (!parsed.options) {
            io.stderr(`error: ${parsed.problem}\n`);
            return 1;
        }
        const result = await (0,run/* run */.eF)(parsed.options, stderrLogger(io));
        io.stdout(`${result.message}\n`);
        return result.exitCode;
    },
};

;// CONCATENATED MODULE: ./build/core/catalog/markdown.js
const CATEGORY_TITLES = {
    foundation: 'Foundation',
    ai: 'AI',
    hosting: 'Hosting',
    data: 'Data',
    integration: 'Integration',
    security: 'Security',
    operations: 'Operations',
};
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function code(text) {
    return `\`${text}\``;
}
function markdown_list(items, none = '—') {
    return items.length > 0 ? items.map(code).join(', ') : none;
}
function principalText(spec) {
    switch (spec.principal.kind) {
        case 'serviceIdentity':
            return `identity of ${code(spec.principal.service)}`;
        case 'projectIdentity':
            return 'project identity';
        case 'persona':
            return `persona ${code(spec.principal.persona)}`;
    }
}
function scopeText(spec) {
    return code(spec.scope.resource ? `${spec.scope.service}.${spec.scope.resource}` : spec.scope.service);
}
function serviceSection(s) {
    const out = [];
    out.push(`### ${s.title} (${code(s.id)})`, '', s.description, '');
    const facts = [
        ['Flag names', markdown_list([s.id, ...s.aliases])],
        ['Resource group', s.scope],
        ['Baseline of', s.baseline.length > 0 ? s.baseline.join(', ') : '— (add-on)'],
        ['Network modes', s.modes ? s.modes.join(', ') : 'all'],
        ['Requires', markdown_list(s.requires)],
        ['Implies', markdown_list(s.implies)],
        ['Waits for (when on)', markdown_list(s.uses)],
        ['Identity', s.identity],
        ['Data-bearing', s.dataBearing ? 'yes: deleting it needs an explicit allow' : 'no'],
        [
            'Soft delete',
            s.softDelete
                ? `${s.softDelete.kind}, ${s.softDelete.retentionDays} day(s)${s.softDelete.purgeProtection ? ', purge protection' : ''}`
                : '—',
        ],
        ['Typical time', `create ${s.provisioningSeconds} s, delete ${s.deletionSeconds} s`],
        ['Removal steps', s.cleanup.join(' → ')],
    ];
    out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
    if (s.resources.length > 0) {
        out.push('| Resource | Type | api-version | Name pattern | Length | Unique in |', '|---|---|---|---|---|---|');
        for (const r of s.resources) {
            const extras = [
                r.parent ? `child of ${r.parentService ? `${r.parentService}.` : ''}${r.parent}` : '',
                r.forEach ? `one per services.${s.id}.${r.forEach}` : '',
                r.modes ? `only ${r.modes.join(', ')}` : '',
                ...(r.bodyWhenOption ?? []).map((p) => `body depends on services.${s.id}.${p.option}`),
                r.deployScope
                    ? r.deployScope.kind === 'subscription'
                        ? 'subscription scope'
                        : `on ${r.deployScope.service}`
                    : '',
            ].filter(Boolean);
            out.push(`| ${code(r.key)}${extras.length ? ` (${cell(extras.join('; '))})` : ''} | ${code(r.type)} | ${r.apiVersion} | ${code(cell(r.name.pattern))} | ${r.name.minLength}–${r.name.maxLength} | ${r.name.uniqueness} |`);
        }
        out.push('');
    }
    if (s.privateEndpoints.length > 0) {
        out.push('| Private endpoint | Group id | Private DNS zones |', '|---|---|---|');
        for (const p of s.privateEndpoints)
            out.push(`| ${code(p.resource)} | ${code(p.groupId)} | ${markdown_list(p.dnsZones)} |`);
        out.push('');
    }
    if (s.subnets.length > 0) {
        const subnets = s.subnets.map((n) => `${code(n.name)} /${n.prefixLength}${n.delegation ? ` delegated to ${code(n.delegation)}` : ''}${n.unlessOption ? ` (not when services.${s.id}.${n.unlessOption} is set)` : ''}`);
        out.push(`Subnets: ${subnets.join(', ')}`, '');
    }
    if (s.roleAssignments.length > 0) {
        out.push('| Role | Id | To | On |', '|---|---|---|---|');
        for (const r of s.roleAssignments) {
            out.push(`| ${r.role} | ${code(r.roleDefinitionId)} | ${principalText(r)} | ${scopeText(r)} |`);
        }
        out.push('');
    }
    if (s.diagnostics.length > 0) {
        const diags = s.diagnostics.map((d) => {
            const logs = Array.isArray(d.logs) ? (d.logs.length ? d.logs.join(', ') : 'no logs') : d.logs;
            return `${code(d.resource)}: ${logs}${d.metrics ? ' + metrics' : ''}`;
        });
        out.push(`Diagnostic settings to Log Analytics: ${diags.join('; ')}`, '');
    }
    if (s.options && s.options.length > 0) {
        out.push('| Option | Type | Default | Description |', '|---|---|---|---|');
        for (const o of s.options) {
            const def = o.required ? 'required' : o.default === undefined ? '—' : code(JSON.stringify(o.default));
            const choices = o.choices ? ` One of: ${o.choices.join(', ')}.` : '';
            out.push(`| ${code(`services.${s.id}.${o.name}`)} | ${o.type} | ${def} | ${cell(o.description + choices)} |`);
        }
        out.push('');
    }
    for (const note of s.notes ?? [])
        out.push(`> ${note}`, '');
    return out;
}
function renderCatalogMarkdown(catalog) {
    const out = [
        '# Service catalog',
        '',
        '<!-- Generated from src/core/catalog by renderCatalogMarkdown; do not edit. Regenerate: aifactory catalog --format markdown > docs/catalog.md (or UPDATE_CATALOG_DOC=1 npm test -- test/catalog). -->',
        '',
        `Catalog version ${catalog.version}: ${catalog.services.length} services. Every service is private (public network access off, private endpoints in the project subnet) unless its notes say otherwise.`,
        '',
        '## Services',
        '',
        '| Service | Flag names | Category | Baseline | Requires | Implies |',
        '|---|---|---|---|---|---|',
    ];
    for (const s of catalog.services) {
        out.push(`| [${cell(s.title)}](#${markdown_anchor(s)}) | ${markdown_list([s.id, ...s.aliases])} | ${CATEGORY_TITLES[s.category]} | ${s.baseline.join(', ') || '—'} | ${markdown_list(s.requires)} | ${markdown_list(s.implies)} |`);
    }
    out.push('');
    out.push('## Architectures', '');
    for (const arch of ['genai-1', 'esml']) {
        const baseline = catalog.services.filter((s) => s.baseline.includes(arch)).map((s) => s.id);
        out.push(`- **${arch}**: ${markdown_list(baseline)}`);
    }
    out.push('');
    const categories = [...new Set(catalog.services.map((s) => s.category))];
    for (const category of categories) {
        out.push(`## ${CATEGORY_TITLES[category]}`, '');
        for (const s of catalog.services.filter((x) => x.category === category))
            out.push(...serviceSection(s));
    }
    if (catalog.personas) {
        out.push('## Personas', '', 'Entra groups per environment (`environments.<env>.personas.<name>`) get these roles on the services that are on.', '');
        out.push('| Persona | Role | Id | On |', '|---|---|---|---|');
        for (const [persona, grants] of Object.entries(catalog.personas)) {
            for (const g of grants)
                out.push(`| ${code(persona)} | ${g.role} | ${code(g.roleDefinitionId)} | ${scopeText(g)} |`);
        }
        out.push('');
    }
    if (catalog.diagnosticLevels) {
        out.push('## Diagnostic levels', '', '| Level | Logs | Metrics | |', '|---|---|---|---|');
        for (const [name, level] of Object.entries(catalog.diagnosticLevels)) {
            const isDefault = name === catalog.defaultDiagnosticLevel ? ' (default)' : '';
            out.push(`| ${code(name)}${isDefault} | ${level.logs} | ${level.metrics ? 'yes' : 'no'} | ${level.description} |`);
        }
        out.push('');
    }
    out.push('## Generated resources', '', 'api-versions of what the core creates around the services:', '');
    out.push('| Type | api-version |', '|---|---|');
    for (const [type, version] of Object.entries(catalog.platformApiVersions))
        out.push(`| ${code(type)} | ${version} |`);
    out.push('');
    out.push('## Environment names', '', 'Spelling in Azure resource names:', '');
    out.push(...Object.entries(catalog.environmentNames).map(([k, v]) => `- ${code(k)} → ${code(v)}`), '');
    out.push('## Regions', '', '| Region | Code | Name |', '|---|---|---|');
    for (const r of catalog.regions)
        out.push(`| ${code(r.name)} | ${code(r.short)} | ${r.displayName} |`);
    out.push('');
    return out.join('\n');
}
/** GitHub's heading anchor of a service section. */
function markdown_anchor(s) {
    return `${s.title} (${s.id})`
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-');
}

;// CONCATENATED MODULE: ./build/hosts/cli/commands/catalog.js
// `aifactory catalog`: every service the tool knows, as Markdown (docs/catalog.md is generated from it) or JSON.



const catalogCommand = {
    name: 'catalog',
    summary: 'Print the service catalog: flags, resources, private endpoints, roles, edges',
    options: [
        {
            name: 'format',
            kind: 'string',
            valueName: 'FORMAT',
            description: 'Output format',
            choices: ['markdown', 'json'],
            default: 'markdown',
        },
    ],
    async run(args, io) {
        if (str(args, 'format') === 'json')
            io.stdout(`${JSON.stringify(catalog/* catalog */.U$, null, 2)}\n`);
        else
            io.stdout(renderCatalogMarkdown(catalog/* catalog */.U$));
        return 0;
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./build/core/render/index.js + 7 modules
var render = __nccwpck_require__(7341);
// EXTERNAL MODULE: ./build/emulator/index.js + 9 modules
var build_emulator = __nccwpck_require__(7468);
;// CONCATENATED MODULE: ./build/hosts/cli/commands/demo.js
// `aifactory demo` (what `npm start` runs): the whole story on the embedded emulator, no Azure account needed.
// Validate the example, plan and apply dev on a fresh emulator, switch one add-on off and one on, plan the
// change (the delete with its cleanup order), apply exactly that reviewed plan, and show that a re-plan is
// quiet. The example file itself is never modified: the changed flags go to a temporary copy.











const DEMO_CONFIG = 'examples/genai-1/aifactory.yaml';
const DEFAULT_OFF = 'foundryCapabilityHost';
const DEFAULT_ON = 'azureOpenAI';
const DEMO_TIME_SCALE = 0.01;
/** Key Vault bodies need a tenant; the emulator accepts any, so the demo brings one when the config has none. */
const DEMO_TENANT = '00000000-0000-4000-8000-000000000000';
function heading(io, step) {
    const bar = io.color ? (t) => `\u001b[1;36m${t}\u001b[0m` : (t) => t;
    io.stdout(`\n${bar(`━━ ${step}`)}\n`);
}
/** The flags of the base config with two switched: written next to nothing the user owns. */
function switchFlags(text, off, on) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    doc.setIn(['flags', off], false);
    doc.setIn(['flags', on], true);
    return doc.toString();
}
function cleanupLines(plan) {
    const out = [];
    for (const a of plan.actions.filter((x) => x.action === 'delete')) {
        out.push(`  - ${a.service} (${a.reason}), cleanup in this order:`);
        for (const [i, step] of (a.cleanup ?? []).entries()) {
            const names = step.resourceIds.map((id) => id.split('/').pop());
            out.push(`      ${i + 1}. ${step.step}: ${names.join(', ')}`);
        }
    }
    return out;
}
async function runDemo(args, io) {
    const configPath = inCwd(io, str(args, 'config') ?? DEMO_CONFIG);
    const env = str(args, 'env') ?? 'dev';
    const off = str(args, 'off') ?? DEFAULT_OFF;
    const on = str(args, 'on') ?? DEFAULT_ON;
    const parallelism = parseParallelism(args);
    const timeScale = parseTimeScale(args);
    const problem = parallelism.problem ?? timeScale.problem;
    if (problem) {
        io.stderr(`error: ${problem}\n`);
        return 1;
    }
    for (const id of [off, on]) {
        if (!catalog/* catalog */.U$.services.some((s) => s.id === id)) {
            io.stderr(`error: '${id}' is not a service of the catalog (aifactory catalog lists them)\n`);
            return 1;
        }
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(configPath, 'utf8');
    }
    catch {
        io.stderr(`error: cannot read ${configPath}; run the demo from the repository root or pass --config FILE\n`);
        return 1;
    }
    const logger = createConsoleLogger({ write: io.stdout, color: io.color });
    const keepState = str(args, 'state-dir');
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'aifactory-demo-'));
    const stateDir = keepState ? inCwd(io, keepState) : external_node_path_.join(work, 'state');
    const started = Date.now();
    const scale = timeScale.value ?? DEMO_TIME_SCALE;
    const emulator = await (0,build_emulator.startEmulator)({ stateDir, timeScale: scale, catalog: catalog/* catalog */.U$ });
    const base = {
        environment: env,
        allowDestroy: [],
        parallelism: parallelism.value,
        whatIf: false,
        target: 'local',
        endpoint: emulator.url,
        timeScale: scale,
        tenantId: DEMO_TENANT,
    };
    try {
        heading(io, `1/5 Validate ${external_node_path_.relative(io.cwd, configPath) || configPath}`);
        const validated = await (0,run/* run */.eF)({ ...base, command: 'validate', configPath, environment: undefined }, logger);
        io.stdout(`${validated.message}\n`);
        if (!validated.ok)
            return 1;
        heading(io, `2/5 Plan and apply '${env}' on the local ARM emulator (${emulator.url}, fresh state)`);
        const first = await (0,run/* run */.eF)({ ...base, command: 'apply', configPath }, logger);
        io.stdout(`${first.message}\n`);
        if (!first.ok)
            return 1;
        heading(io, `3/5 Switch flags in a copy of the config: ${off} off, ${on} on`);
        const changedPath = external_node_path_.join(work, 'aifactory.yaml');
        (0,external_node_fs_.writeFileSync)(changedPath, switchFlags(text, off, on));
        io.stdout(`flags.${off}: false\nflags.${on}: true\n(written to ${changedPath}; ${external_node_path_.basename(configPath)} is unchanged)\n`);
        heading(io, '4/5 Plan the change: what is deleted, and the cleanup order of each delete');
        const planFile = external_node_path_.join(work, 'plan.json');
        let planned = await (0,run/* run */.eF)({ ...base, command: 'plan', configPath: changedPath, planFile }, logger);
        if (planned.plan && planned.plan.blocked.length > 0) {
            const allow = planned.plan.blocked.map((b) => b.service);
            io.stdout(`\nThe plan is blocked until someone allows deleting ${allow.join(', ')} (data-bearing or protected).\n` +
                `The demo allows it the way a reviewer would: --allow-destroy ${allow.join(',')}\n`);
            base.allowDestroy = allow;
            planned = await (0,run/* run */.eF)({ ...base, command: 'plan', configPath: changedPath, planFile }, logger);
        }
        if (!planned.plan || planned.exitCode === 1) {
            io.stdout(`${planned.message}\n`);
            return 1;
        }
        const lines = cleanupLines(planned.plan);
        io.stdout(lines.length > 0 ? `\nDeletes:\n${lines.join('\n')}\n` : '\nNothing is deleted by this change.\n');
        io.stdout(`${planned.message}\nReviewed plan saved to ${planFile}\n`);
        heading(io, '5/5 Apply exactly the reviewed plan');
        const second = await (0,run/* run */.eF)({ ...base, command: 'apply', configPath: changedPath, planFile }, logger);
        io.stdout(`${second.message}\n`);
        if (!second.ok)
            return 1;
        const again = await (0,run/* run */.eF)({ ...base, command: 'plan', configPath: changedPath }, createConsoleLogger({ write: () => { } }));
        const total = (0,render/* formatDuration */.a3)((Date.now() - started) / 1000);
        io.stdout(`\nRe-plan after the apply: ${again.message}\n` +
            `Done in ${total} against ${emulator.stats().requests} emulated ARM requests.` +
            (keepState ? ` State kept in ${stateDir}.` : '') +
            `\nNext: aifactory plan --config ${external_node_path_.relative(io.cwd, configPath) || configPath} --env ${env} --target azure\n`);
        return 0;
    }
    finally {
        await emulator.close();
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
const demoCommand = {
    name: 'demo',
    summary: 'The whole flow on the embedded emulator: validate, apply dev, switch two flags, plan the delete, apply',
    options: [
        {
            name: 'config',
            kind: 'string',
            valueName: 'FILE',
            description: 'Project config',
            default: DEMO_CONFIG,
        },
        { name: 'env', kind: 'string', valueName: 'ENV', description: 'Environment to apply', default: 'dev' },
        {
            name: 'off',
            kind: 'string',
            valueName: 'SERVICE',
            description: 'Add-on to switch off',
            default: DEFAULT_OFF,
        },
        {
            name: 'on',
            kind: 'string',
            valueName: 'SERVICE',
            description: 'Add-on to switch on',
            default: DEFAULT_ON,
        },
        parallelismOption,
        {
            name: 'time-scale',
            kind: 'number',
            valueName: 'X',
            description: 'Factor on typical provisioning seconds',
            default: DEMO_TIME_SCALE,
        },
        {
            name: 'state-dir',
            kind: 'string',
            valueName: 'DIR',
            description: 'Keep the emulator state here (default: a temporary directory, removed afterwards)',
        },
    ],
    run: runDemo,
};

;// CONCATENATED MODULE: ./build/hosts/cli/commands/emulator.js
// `aifactory emulator`: runs the local ARM emulator until SIGINT/SIGTERM. The URL is the first line on stdout so
// scripts can read it (`url=$(aifactory emulator --port 0 | head -1)`); everything else goes to stderr.


const DEFAULT_EMULATOR_PORT = 4780;
const DEFAULT_STATE_DIR = '.aifactory/local';
function num(args, name, fallback) {
    const v = args[name];
    if (v === undefined || v === '')
        return fallback;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n))
        throw new Error(`--${name} must be a number (got '${String(v)}')`);
    return n;
}
/** Starts the emulator, prints its URL, and serves until `stop` resolves. Returns the exit code. */
async function serveEmulator(args, io, stop) {
    let port;
    let timeScale;
    let seed;
    const faults = typeof args.faults === 'string' ? args.faults : undefined;
    try {
        port = num(args, 'port', DEFAULT_EMULATOR_PORT);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
            throw new Error(`--port must be 0..65535 (got ${port}); 0 picks a free port`);
        timeScale = num(args, 'time-scale', build_emulator/* DEFAULT_TIME_SCALE */.D4);
        if (timeScale < 0)
            throw new Error(`--time-scale must be ≥ 0 (got ${timeScale}); 0.01 makes a 60 s resource take 0.6 s`);
        seed = num(args, 'seed', 1);
        (0,build_emulator/* parseFaults */.bZ)(faults);
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n`);
        return 1;
    }
    const stateDir = external_node_path_.resolve(io.cwd, typeof args['state-dir'] === 'string' ? args['state-dir'] : DEFAULT_STATE_DIR);
    const host = typeof args.host === 'string' ? args.host : '127.0.0.1';
    let emulator;
    try {
        emulator = await (0,build_emulator.startEmulator)({ port, host, stateDir, timeScale, faults, seed });
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n`);
        return 1;
    }
    io.stdout(`${emulator.url}\n`);
    io.stderr(`ARM emulator listening at ${emulator.url} (state ${stateDir}, time scale ${timeScale}${faults ? `, faults ${faults}, seed ${seed}` : ''}).\n` +
        `Use it with: aifactory plan --target local --endpoint ${emulator.url} …   Stop with Ctrl+C.\n`);
    await stop;
    const stats = emulator.stats();
    await emulator.close();
    io.stderr(`ARM emulator stopped after ${stats.requests} requests; state saved in ${stateDir}.\n`);
    return 0;
}
function untilSignal() {
    return new Promise((resolve) => {
        const onSignal = (signal) => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            resolve(signal);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    });
}
const emulatorCommand = {
    name: 'emulator',
    summary: 'Run the local Azure Resource Manager emulator (for --target local, tests and demos)',
    options: [
        {
            name: 'port',
            kind: 'number',
            description: 'Port to listen on; 0 picks a free one',
            valueName: 'PORT',
            default: DEFAULT_EMULATOR_PORT,
        },
        {
            name: 'host',
            kind: 'string',
            description: 'Address to listen on (keep loopback: any token is accepted)',
            valueName: 'HOST',
            default: '127.0.0.1',
        },
        {
            name: 'state-dir',
            kind: 'string',
            description: 'Directory the emulated Azure state is kept in',
            valueName: 'DIR',
            default: DEFAULT_STATE_DIR,
        },
        {
            name: 'time-scale',
            kind: 'number',
            description: 'Factor on typical provisioning seconds (0.01: a 60 s resource takes 0.6 s)',
            valueName: 'X',
            default: build_emulator/* DEFAULT_TIME_SCALE */.D4,
        },
        {
            name: 'faults',
            kind: 'string',
            description: 'Fault injection, e.g. 429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0 (fail=1:Microsoft.Search/searchServices limits to a type)',
            valueName: 'SPEC',
        },
        {
            name: 'seed',
            kind: 'number',
            description: 'Seed of the fault draws (same seed, same faults)',
            valueName: 'N',
            default: 1,
        },
    ],
    run: (args, io) => serveEmulator(args, io, untilSignal()),
};

// EXTERNAL MODULE: ./build/core/plan.js + 7 modules
var core_plan = __nccwpck_require__(3432);
// EXTERNAL MODULE: ./build/app/files.js
var files = __nccwpck_require__(8307);
;// CONCATENATED MODULE: ./build/hosts/cli/commands/graph.js
// `aifactory graph`: the services of one environment and what each waits for, as Mermaid, DOT or JSON.






const graphCommand = {
    name: 'graph',
    summary: "Draw the environment's services and their dependencies (Mermaid, DOT or JSON)",
    options: [
        configOption,
        envOption(true),
        {
            name: 'format',
            kind: 'string',
            valueName: 'FORMAT',
            description: 'Output format',
            choices: ['mermaid', 'dot', 'json'],
            default: 'mermaid',
        },
        tenantOption,
    ],
    async run(args, io) {
        const logger = stderrLogger(io);
        const loaded = loadForCommand(args, io, logger);
        if (!loaded)
            return 1;
        const { config, env } = loaded;
        const tenantId = str(args, 'tenant-id');
        // The graph of a fresh environment: every service is a create, so every edge is shown.
        const { plan } = (0,core_plan/* buildPlan */.G)(config, env, catalog/* catalog */.U$, (0,files/* emptyObservedState */.Zt)(config.environments[env].subscriptionId), {
            allowDestroy: [],
            ...(tenantId ? { tenantId } : {}),
        });
        const problems = plan.diagnostics.filter((d) => d.code !== 'desired.tenant');
        (0,run/* report */.z8)(logger, problems);
        if (problems.some((d) => d.severity === 'error'))
            return 1;
        const format = str(args, 'format');
        if (format === 'dot')
            io.stdout((0,render/* renderDot */.qu)(plan));
        else if (format === 'json') {
            const graph = {
                environment: env,
                nodes: plan.actions.map((a) => ({
                    id: a.service,
                    title: a.title,
                    reason: a.reason,
                    seconds: a.estimatedSeconds,
                })),
                edges: plan.actions.flatMap((a) => a.dependsOn.map((d) => ({ from: a.service, to: d }))),
                criticalPath: plan.criticalPath,
                estimatedSeconds: plan.estimatedSeconds,
            };
            io.stdout(`${JSON.stringify(graph, null, 2)}\n`);
        }
        else
            io.stdout((0,render/* renderMermaid */.m6)(plan).replace(/\n*$/, '\n'));
        return 0;
    },
};

// EXTERNAL MODULE: ./build/core/config/index.js + 6 modules
var config = __nccwpck_require__(7119);
;// CONCATENATED MODULE: ./build/core/catalog/non-service-flags.js
// Flags of today's variables.yaml / .env that look like service switches but are not one: how to handle them
// when importing, and why no catalog service matches. The import and the catalog test both read this list.
const non_service_flags_nonServiceFlags = [
    {
        names: ['enableDeleteForDisabledResources', 'ENABLE_DELETE_FOR_DISABLED_RESOURCES'],
        reason: 'behaviour of the old pipelines, not a service: the plan always deletes disabled services, guarded by allowDestroy',
        configKey: 'environments.<env>.allowDestroy',
    },
    {
        names: ['enablePublicGenAIAccess', 'ENABLE_PUBLIC_GENAI_ACCESS'],
        reason: 'a networking choice, not a service: public access beside private endpoints is network mode hybrid',
        configKey: 'network.mode',
    },
    {
        names: ['enablePublicAccessWithPerimeter', 'ENABLE_PUBLIC_ACCESS_WITH_PERIMETER'],
        reason: 'a networking choice, not a service: public access with a network perimeter is network mode hybrid',
        configKey: 'network.mode',
    },
    {
        names: ['allowPublicAccessWhenBehindVnet', 'ALLOW_PUBLIC_ACCESS_WHEN_BEHINDVNET'],
        reason: 'a networking choice, not a service: public UI access beside private endpoints is network mode hybrid',
        configKey: 'network.mode',
    },
    {
        names: ['enableAMPLS', 'ENABLE_AMPLS'],
        reason: 'the Azure Monitor Private Link Scope lives in the hub subscription and belongs to the platform team, not to a project',
    },
    {
        names: [
            'enableAIFactoryCreatedDefaultProjectForAIFv2',
            'ENABLE_AIFACTORY_CREATED_DEFAULT_PROJECT_FOR_AIFV2',
        ],
        reason: 'part of aiFoundry: the catalog always creates the default Foundry project itself',
    },
    {
        names: ['enableRetries', 'ENABLE_RETRIES'],
        reason: 'pipeline behaviour: the executor retries throttling and transient errors on its own',
    },
    {
        names: ['enableAIServices', 'ENABLE_AI_SERVICES'],
        reason: 'deprecated upstream (standalone AI Services account); aiFoundry replaces it',
        configKey: 'flags.aiFoundry',
    },
    {
        names: ['enableAIFoundryHub', 'ENABLE_AI_FOUNDRY_HUB'],
        reason: 'deprecated upstream (AI Foundry hub v1); aiFoundry replaces it',
        configKey: 'flags.aiFoundry',
    },
    {
        names: ['addAIFoundryHub', 'ADD_AI_FOUNDRY_HUB'],
        reason: 'deprecated upstream (AI Foundry hub v1); aiFoundry replaces it',
    },
    {
        names: ['addAIFoundry', 'ADD_AI_FOUNDRY'],
        reason: 'a debugging switch that re-creates Foundry under a new name; delete and re-enable aiFoundry instead',
    },
    {
        names: ['addAzureMachineLearning', 'ADD_AZURE_MACHINE_LEARNING'],
        reason: 'a debugging switch that re-creates the workspace under a new name; delete and re-enable azureML instead',
    },
    {
        names: ['addAISearch', 'ADD_AI_SEARCH'],
        reason: 'a debugging switch that re-creates AI Search under a new name; delete and re-enable aiSearch instead',
    },
];
function normalize(name) {
    return name.toLowerCase().replace(/[_-]/g, '');
}
/** The entry for a flag name in either spelling (case and underscores ignored); undefined for service flags. */
function findNonServiceFlag(name) {
    const key = normalize(name);
    return non_service_flags_nonServiceFlags.find((f) => f.names.some((n) => normalize(n) === key));
}

// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __nccwpck_require__(438);
// EXTERNAL MODULE: ./build/core/config/checks.js
var checks = __nccwpck_require__(8040);
// EXTERNAL MODULE: ./build/core/config/lookup.js
var lookup = __nccwpck_require__(2339);
// EXTERNAL MODULE: ./build/core/config/spec.js
var spec = __nccwpck_require__(6598);
;// CONCATENATED MODULE: ./build/core/import/settings.js
// What today's settings mean to aifactory.yaml: the ones carried over (by role), and why the others are not.
// Both spellings are listed; look-ups ignore case and underscores (admin_location = ADMIN_LOCATION).
const ENVIRONMENTS = ['dev', 'stage', 'prod'];
function normaliseKey(key) {
    return key.toLowerCase().replace(/_/g, '');
}
const ROLES = [
    ['location', ['admin_location', 'AIFACTORY_LOCATION']],
    ['locationShort', ['admin_locationSuffix', 'AIFACTORY_LOCATION_SHORT']],
    ['prefix', ['admin_aifactoryPrefixRG', 'AIFACTORY_PREFIX']],
    ['scaleSet', ['admin_aifactorySuffixRG', 'AIFACTORY_SUFFIX']],
    ['projectNumber', ['project_number_000', 'PROJECT_NUMBER']],
    ['tenantId', ['tenantId', 'TENANT_ID']],
    ['costCenter', ['tag_costcenter', 'TAG_COSTCENTER']],
    ['vnetCidr', ['common_vnet_cidr', 'COMMON_VNET_CIDR']],
    ['centralDns', ['centralDnsZoneByPolicyInHub', 'CENTRAL_DNS_ZONE_BY_POLICY_IN_HUB']],
    ['dnsSubscription', ['privDnsSubscription_param', 'PRIV_DNS_SUBSCRIPTION_PARAM']],
    ['dnsResourceGroup', ['privDnsResourceGroup_param', 'PRIV_DNS_RESOURCE_GROUP_PARAM']],
    ['vnetResourceGroup', ['vnetResourceGroup_param', 'VNET_RESOURCE_GROUP_PARAM']],
    ['vnetName', ['vnetNameFull_param', 'VNET_NAME_FULL_PARAM']],
    ['searchSku', ['admin_aiSearchTier', 'ADMIN_AISEARCH_TIER', 'ADMIN_AI_SEARCH_TIER']],
    ['semanticSearch', ['admin_semanticSearchTier', 'AISEARCH_SEMANTIC_TIER', 'ADMIN_SEMANTIC_SEARCH_TIER']],
    ['cosmosKind', ['cosmosKind', 'COSMOS_KIND']],
    [
        'useCommonAcr',
        ['useCommonACR', 'USE_COMMON_ACR_FOR_PROJECTS', 'useCommonACR_override', 'USE_COMMON_ACR_OVERRIDE'],
    ],
    ['subscription.dev', ['dev_sub_id', 'DEV_SUBSCRIPTION_ID']],
    ['subscription.stage', ['test_sub_id', 'STAGE_SUBSCRIPTION_ID']],
    ['subscription.prod', ['prod_sub_id', 'PROD_SUBSCRIPTION_ID']],
    ['cidrRange.dev', ['dev_cidr_range', 'DEV_CIDR_RANGE']],
    ['cidrRange.stage', ['test_cidr_range', 'STAGE_CIDR_RANGE']],
    ['cidrRange.prod', ['prod_cidr_range', 'PROD_CIDR_RANGE']],
    ['networkEnv.dev', ['network_env_dev', 'DEV_NETWORK_ENV']],
    ['networkEnv.stage', ['network_env_stage', 'STAGE_NETWORK_ENV']],
    ['networkEnv.prod', ['network_env_prod', 'PROD_NETWORK_ENV']],
    // Model deployments of Foundry: a switch per model plus shared version/capacity/sku settings.
    ['model.gptX.deploy', ['deployModel_gpt_X', 'DEPLOY_MODEL_GPT_X']],
    ['model.gptX.name', ['modelGPTXName', 'MODEL_GPTX_NAME']],
    ['model.gptX.version', ['modelGPTXVersion', 'MODEL_GPTX_VERSION']],
    ['model.gptX.sku', ['modelGPTXSku', 'MODEL_GPTX_SKU']],
    ['model.gptX.capacity', ['modelGPTXCapacity', 'MODEL_GPTX_CAPACITY']],
    ['model.ada002.deploy', ['deployModel_text_embedding_ada_002', 'DEPLOY_MODEL_TEXT_EMBEDDING_ADA_002']],
    ['model.embedLarge.deploy', ['deployModel_text_embedding_3_large', 'DEPLOY_MODEL_TEXT_EMBEDDING_3_LARGE']],
    ['model.embedSmall.deploy', ['deployModel_text_embedding_3_small', 'DEPLOY_MODEL_TEXT_EMBEDDING_3_SMALL']],
    ['model.embedding.capacity', ['default_embedding_capacity', 'DEFAULT_EMBEDDING_CAPACITY']],
    ['model.gpt4o.deploy', ['deployModel_gpt_4o', 'DEPLOY_MODEL_GPT_4O']],
    ['model.gpt4o.version', ['default_gpt_4o_version', 'DEFAULT_GPT_4O_VERSION']],
    ['model.gpt54mini.deploy', ['deployModel_gpt_54_mini', 'DEPLOY_MODEL_GPT_54_MINI']],
    ['model.gpt54mini.version', ['default_gpt_54_mini_version', 'DEFAULT_GPT_54_MINI_VERSION']],
    ['model.gpt.capacity', ['default_gpt_capacity', 'DEFAULT_GPT_CAPACITY']],
    ['model.default.sku', ['default_model_sku', 'DEFAULT_MODEL_SKU']],
];
const ROLE_BY_KEY = new Map(ROLES.flatMap(([role, keys]) => keys.map((k) => [normaliseKey(k), role])));
function roleOf(key) {
    return ROLE_BY_KEY.get(normaliseKey(key));
}
/** Why settings of today's pipelines that are not services have no place in aifactory.yaml (first match wins). */
const REASONS = [
    [
        /keyvaultsoftdelete/,
        "the catalog's Key Vault keeps deleted vaults 90 days with purge protection on (customer-managed keys need it)",
    ],
    [
        /seeding|kvfw|kvname|kvs?name|spid|spsecret|spoid|serviceprincip|sp(id|secret|oid)key/,
        "today's pipelines read service-principal secrets from a seeding Key Vault; aifactory-flags signs in with OIDC (GitHub) or the pipeline's service connection (Azure DevOps)",
    ],
    [
        /serviceconnection/,
        'Azure DevOps service connections are inputs of the pipeline task (azureSubscription), not of aifactory.yaml',
    ],
    [/^github/, 'GitHub repository set-up, not part of the project config'],
    [
        /^debug|^enableretries|^retry|^maxretry/,
        "switches of today's pipeline steps; aifactory-flags plans what changed and a re-run converges",
    ],
    [
        /aifactoryversion|aifactorybranch|^tagrepository|^tagcostcetercommon|^tags$|^tagsproject$/,
        "today's pipeline version and repository tags; the tool writes its own aifactory-* ownership tags",
    ],
    [
        /^enabledeletefordisabledresources$|^deleteall|^deletekeyvaultalso$/,
        'aifactory-flags always removes a switched-off service in the plan, and blocks deleting data-bearing or protected ones unless allowDestroy / --allow-destroy allows it',
    ],
    [
        /^update|^add(?!bastion)/,
        "re-create/update switches of today's pipelines: aifactory-flags updates what drifted and keeps existing names",
    ],
    [
        /public|whitelist|ipfw|perimeter/,
        'public network access settings: aifactory-flags keeps every service private (hybrid mode adds public access beside private endpoints)',
    ],
    [
        /subnet|networkenv|byoase|aseSku|^ase/i,
        "subnets are allocated by aifactory-flags inside the environment's addressSpace; bring-your-own subnets and App Service Environments are not imported",
    ],
    [
        /persona|groups|admins|members|useadgroups|email/,
        "Entra groups map to personas by hand: set environments.<env>.personas with the groups' object ids",
    ],
    [
        /^(admin)?aks|^aml|^admin(aks|aml)|computeinstance/,
        'compute sizes of AKS and Azure ML are not options of aifactory.yaml yet',
    ],
    [
        /suffix|prefix|salt|vnetnamebase|vnetresourcegroupbase|lakename|lakecontainer|commonresourcegroup|datalakename|kvnamefromcommon/,
        'aifactory-flags names resources by its own rules (prefix, project, region, environment, salt)',
    ],
];
function reasonNotCarried(key) {
    const k = normaliseKey(key);
    for (const [pattern, reason] of REASONS)
        if (pattern.test(k))
            return reason;
    return undefined;
}
/** Values written to be replaced: <todo>…, TODO, xxx, `...` elisions, <optional>… */
function isPlaceholder(value) {
    const v = value.trim();
    return /<[^<>]*>/.test(v) || /^todo\b|\btodo$/i.test(v) || /^x{3,}/i.test(v) || /\.\.\./.test(v);
}

;// CONCATENATED MODULE: ./build/core/import/convert.js





class Report {
    items = [];
    add(severity, code, message, location, hint) {
        this.items.push({ severity, code, message, location, hint });
    }
}
const origin = (s) => ({ key: s.key, location: s.location });
function convert_convert(settings, source, catalog, nonServiceFlags) {
    const report = new Report();
    const byRole = new Map();
    const flags = new Map();
    const firstSeen = new Map();
    const nonService = new Map();
    for (const f of nonServiceFlags)
        for (const n of f.names)
            nonService.set(normaliseKey(n), f.reason);
    for (const s of settings) {
        const norm = normaliseKey(s.key);
        const earlier = firstSeen.get(s.key);
        if (earlier && earlier.value === s.value) {
            report.add('note', 'import.duplicate', `${s.key} is set again with the same value (first at line ${earlier.location.line})`, s.location);
            continue;
        }
        if (earlier) {
            report.add('error', 'import.duplicate', `${s.key} is set a second time with another value (first '${earlier.value}' at line ${earlier.location.line}); which one counts is unclear`, s.location, 'remove one of them and import again');
            continue;
        }
        firstSeen.set(s.key, s);
        const role = roleOf(s.key);
        if (role) {
            // Today's files spell some settings two ways (ADMIN_AISEARCH_TIER, ADMIN_AI_SEARCH_TIER).
            const other = byRole.get(role);
            if (other && other.value.trim() !== s.value.trim()) {
                report.add('error', 'import.contradiction', `${s.key} '${s.value}' contradicts ${other.key} '${other.value}' (line ${other.location.line}); both set the same thing`, s.location, 'make them agree and import again');
            }
            else if (other) {
                report.add('note', 'import.duplicate', `${s.key} says the same as ${other.key} (line ${other.location.line})`, s.location);
            }
            else
                byRole.set(role, s);
            continue;
        }
        const service = (0,lookup/* serviceByFlagName */.uI)(catalog, s.key);
        if (service) {
            const value = flagValue(s, report);
            if (value === undefined)
                continue;
            const id = service.service.id;
            const other = flags.get(id);
            if (other && other.value !== value) {
                report.add('error', 'import.contradiction', `${s.key}: ${s.value} contradicts ${other.setting.key}: ${other.setting.value} (line ${other.setting.location.line}); both switch ${id}`, s.location, 'make them agree and import again');
                continue;
            }
            if (!other)
                flags.set(id, { value, setting: s });
            continue;
        }
        const reason = nonService.get(norm) ?? reasonNotCarried(s.key);
        if (reason) {
            report.add('note', 'import.not-carried', `${s.key} not carried over: ${reason}`, s.location);
            continue;
        }
        if (/^enable/.test(norm)) {
            const guess = (0,lookup/* suggestService */.wz)(catalog, s.key);
            report.add('error', 'import.unknown-flag', `unknown flag '${s.key}': no service of the catalog has this name`, s.location, `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the services and their flag names`);
            continue;
        }
        report.add('note', 'import.not-carried', `${s.key} not carried over: not a setting aifactory-flags uses`, s.location);
    }
    const get = (role) => byRole.get(role);
    const mode = networkMode(get, report);
    const draft = {
        source,
        location: convert_location(get('location'), get('locationShort'), catalog, report),
        prefix: prefix(get('prefix'), report),
        scaleSet: scaleSet(get('scaleSet'), report),
        number: projectNumber(get('projectNumber'), report),
        tags: {},
        mode,
        environments: {},
        flagsOn: [],
        flagsOff: [],
        searchSku: searchSku(get('searchSku'), catalog, report),
        semanticSearch: choice(get('semanticSearch'), optionChoices(catalog, 'aiSearch', 'semanticSearch'), report),
        deployments: deployments(get, report),
    };
    const costCenter = get('costCenter');
    if (costCenter) {
        if (isPlaceholder(costCenter.value) || costCenter.value === '') {
            placeholder(costCenter, report, 'warning');
        }
        else
            draft.tags.costCenter = { value: costCenter.value, from: origin(costCenter) };
    }
    const tenant = get('tenantId');
    const tenantField = tenant ? guid(tenant, report, 'warning') : {};
    for (const env of ENVIRONMENTS) {
        draft.environments[env] = {
            subscriptionId: subscription(env, get(`subscription.${env}`), report),
            tenantId: tenantField,
            addressSpace: {},
            network: environmentNetwork(env, mode.value ?? 'standalone', get, report),
        };
    }
    addressSpaces(draft, get, report);
    cosmosKind(flags, get('cosmosKind'), report);
    projectRegistry(flags, get('useCommonAcr'), report);
    applyFlags(draft, flags, catalog, report);
    // A setting read by no value of the draft and named by no finding would vanish silently: say so.
    const accounted = new Set();
    JSON.stringify(draft, (k, v) => {
        if (k === 'from' || k === 'also')
            for (const o of [v].flat())
                if (o)
                    accounted.add(o.key);
        return v;
    });
    for (const d of report.items)
        if (d.location)
            accounted.add(`line:${d.location.line}`);
    for (const s of byRole.values()) {
        if (accounted.has(s.key) || accounted.has(`line:${s.location.line}`))
            continue;
        report.add('note', 'import.not-carried', `${s.key} not carried over: it only matters together with a setting that is off or absent here`, s.location);
    }
    return { draft, report: report.items };
}
function flagValue(s, report) {
    if (/^\s*true\s*$/i.test(s.value))
        return true;
    if (/^\s*false\s*$/i.test(s.value))
        return false;
    if (isPlaceholder(s.value)) {
        report.add('error', 'import.placeholder', `${s.key} is the placeholder '${s.value}', not true or false`, s.location, `set ${s.key} to "true" or "false"`);
    }
    else {
        report.add('error', 'import.bad-value', `${s.key} is '${s.value}', not true or false`, s.location, `set ${s.key} to "true" or "false"`);
    }
    return undefined;
}
function placeholder(s, report, severity = 'error') {
    const what = s.value === '' ? 'empty' : `the placeholder '${s.value}'`;
    report.add(severity, 'import.placeholder', `${s.key} is ${what}${severity === 'error' ? '; aifactory.yaml gets a TODO there' : ' and was not carried over'}`, s.location, `fill in ${s.key} and import again, or edit aifactory.yaml`);
    return { todo: `${s.key} is ${what} in ${s.location.file}:${s.location.line}`, from: origin(s) };
}
function missing(what, keys, report) {
    report.add('error', 'import.missing', `no ${what} found (${keys}); aifactory.yaml gets a TODO there`, undefined, `add ${what} to aifactory.yaml`);
    return { todo: `no ${what} in the imported file` };
}
function invalid(s, why, report, hint) {
    report.add('error', 'import.bad-value', `${s.key} '${s.value}' ${why}`, s.location, hint);
    return { todo: `${s.key} '${s.value}' ${why}`, from: origin(s) };
}
function convert_location(s, short, catalog, report) {
    if (!s)
        return missing('Azure region', 'admin_location / AIFACTORY_LOCATION', report);
    if (isPlaceholder(s.value) || s.value === '')
        return placeholder(s, report);
    const region = (0,lookup/* regionByName */.tl)(catalog, s.value.trim().toLowerCase());
    if (!region) {
        const guess = (0,lookup/* suggestRegion */.jL)(catalog, s.value);
        return invalid(s, 'is not an Azure region the catalog knows', report, guess ? `did you mean '${guess}'?` : undefined);
    }
    if (short && short.value !== region.short) {
        report.add('warning', 'import.names-change', `${short.key} '${short.value}' is not carried over: resource names use the catalog's short name '${region.short}' for ${region.name}`, short.location, 'names of existing resources may differ; plan first and check the names');
    }
    else if (short) {
        report.add('note', 'import.not-carried', `${short.key} not carried over: it follows from the region`, short.location);
    }
    return { value: region.name, from: origin(s) };
}
function prefix(s, report) {
    if (!s)
        return missing('prefix', 'admin_aifactoryPrefixRG / AIFACTORY_PREFIX', report);
    if (isPlaceholder(s.value) || s.value === '')
        return placeholder(s, report);
    const cleaned = s.value.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!new RegExp(spec/* PREFIX_PATTERN */.Af).test(cleaned)) {
        return invalid(s, 'cannot be a prefix: aifactory.yaml needs 2 to 6 lower-case letters or digits, starting with a letter', report, 'choose a shorter prefix');
    }
    if (cleaned !== s.value) {
        report.add('warning', 'import.names-change', `${s.key} '${s.value}' becomes prefix '${cleaned}': prefixes are letters and digits only`, s.location, 'resource names change with it; plan first and check the names');
    }
    return { value: cleaned, from: origin(s) };
}
function scaleSet(s, report) {
    if (!s) {
        report.add('note', 'import.default', 'no scale-set suffix found; aifactory.yaml uses "001"');
        return {};
    }
    if (isPlaceholder(s.value))
        return placeholder(s, report);
    const m = /^-?(\d{1,3})$/.exec(s.value.trim());
    if (!m)
        return invalid(s, 'is not a scale-set suffix like -001', report);
    return { value: m[1].padStart(3, '0'), from: origin(s) };
}
function projectNumber(s, report) {
    if (!s)
        return missing('project number', 'project_number_000 / PROJECT_NUMBER', report);
    if (isPlaceholder(s.value) || s.value === '')
        return placeholder(s, report);
    const n = /^\d{1,3}$/.test(s.value.trim()) ? Number(s.value) : NaN;
    if (!(n >= 1 && n <= 999))
        return invalid(s, 'is not a project number from 001 to 999', report);
    return { value: n, from: origin(s) };
}
function guid(s, report, severity = 'error') {
    if (isPlaceholder(s.value) || s.value === '')
        return placeholder(s, report, severity);
    if (!new RegExp(spec/* GUID_PATTERN */.$F).test(s.value.trim())) {
        if (severity === 'warning') {
            report.add('warning', 'import.bad-value', `${s.key} '${s.value}' is not a GUID and was not carried over`, s.location);
            return {};
        }
        return invalid(s, 'is not a GUID', report);
    }
    return { value: s.value.trim().toLowerCase(), from: origin(s) };
}
function subscription(env, s, report) {
    if (!s)
        return missing(`subscription id for ${env}`, `${env === 'stage' ? 'test' : env}_sub_id / ${env.toUpperCase()}_SUBSCRIPTION_ID`, report);
    return guid(s, report);
}
function networkMode(get, report) {
    const central = get('centralDns');
    const vnetName = get('vnetName');
    const byoVnet = vnetName && vnetName.value.trim() !== '' && !isPlaceholder(vnetName.value);
    if (central && /^\s*true\s*$/i.test(central.value)) {
        return { value: 'hub-spoke', from: origin(central) };
    }
    if (byoVnet) {
        report.add('warning', 'import.mode', `${vnetName.key} names the platform's VNet but DNS zones are not central: imported as network mode hybrid (own private DNS zones)`, vnetName.location, 'use hub-spoke or vwan if the zones live in the hub');
        return { value: 'hybrid', from: origin(vnetName) };
    }
    if (central)
        report.add('note', 'import.mode', `${central.key} is false: imported as network mode standalone`, central.location);
    return { value: 'standalone', ...(central ? { from: origin(central) } : {}) };
}
/** Today's names may hold `<network_env>`, replaced by each environment's network_env_* value. */
function perEnvironment(s, env, get, report, what) {
    if (!s || s.value.trim() === '') {
        report.add('error', 'import.missing', `network mode needs ${what} for ${env}, and the file has none`, s?.location, `set environments.${env}.network in aifactory.yaml`);
        return { todo: `${what} for ${env}` };
    }
    let value = s.value.trim();
    if (value.includes('<network_env>')) {
        const envValue = get(`networkEnv.${env}`);
        if (!envValue)
            return placeholder(s, report);
        value = value.replace(/<network_env>/g, envValue.value);
    }
    if (isPlaceholder(value))
        return placeholder(s, report);
    return { value, from: origin(s) };
}
function environmentNetwork(env, mode, get, report) {
    if (mode === 'standalone')
        return undefined;
    const network = {
        vnetResourceGroup: perEnvironment(get('vnetResourceGroup'), env, get, report, "the platform VNet's resource group (vnetResourceGroup_param)"),
        vnetName: perEnvironment(get('vnetName'), env, get, report, "the platform VNet's name (vnetNameFull_param)"),
    };
    if (mode !== 'hybrid') {
        const sub = get('dnsSubscription');
        network.dnsZonesSubscriptionId = sub
            ? guid(sub, report)
            : missing('DNS zones subscription', 'privDnsSubscription_param', report);
        network.dnsZonesResourceGroup = perEnvironment(get('dnsResourceGroup'), env, get, report, 'the central DNS zones resource group (privDnsResourceGroup_param)');
    }
    return network;
}
/**
 * Today's files give one VNet range for every environment and a per-environment number (XX) that places
 * each environment's subnets. Only a range that itself holds XX (e.g. 172.16.XX.0/22) yields a range per
 * environment; otherwise the range cannot be carried over without guessing, and is reported.
 */
function addressSpaces(draft, get, report) {
    const vnet = get('vnetCidr');
    if (!vnet || isPlaceholder(vnet.value.replace(/XX/g, '0'))) {
        for (const env of ENVIRONMENTS)
            draft.environments[env].addressSpace = vnet
                ? placeholder(vnet, report)
                : missing(`address space for ${env}`, 'common_vnet_cidr / COMMON_VNET_CIDR', report);
        return;
    }
    if (!vnet.value.includes('XX')) {
        const ranges = ENVIRONMENTS.map((e) => `${e} ${get(`cidrRange.${e}`)?.value ?? '?'}`).join(', ');
        report.add('error', 'import.address-space', `${vnet.key} '${vnet.value}' is one range for every environment; aifactory.yaml needs a separate range per environment for the project's subnets, and they must not overlap`, vnet.location, `choose a free range per environment (today's per-environment numbers: ${ranges}) and fill in environments.<env>.addressSpace`);
        for (const env of ENVIRONMENTS) {
            draft.environments[env].addressSpace = {
                todo: `one range for ${env} (today: ${vnet.key} ${vnet.value}, ${get(`cidrRange.${env}`)?.key ?? 'no XX number'} ${get(`cidrRange.${env}`)?.value ?? ''})`.trim(),
                from: origin(vnet),
            };
        }
        return;
    }
    for (const env of ENVIRONMENTS) {
        const range = get(`cidrRange.${env}`);
        if (!range || !/^\d{1,3}$/.test(range.value.trim())) {
            draft.environments[env].addressSpace = range
                ? invalid(range, 'is not a number from 0 to 255', report)
                : missing(`XX number for ${env}`, `${env}_cidr_range`, report);
            continue;
        }
        const text = vnet.value.replace(/XX/g, String(Number(range.value)));
        const cidr = (0,core_cidr/* parseCidr */.GN)(text);
        draft.environments[env].addressSpace = cidr
            ? { value: (0,core_cidr/* formatCidr */.mG)(cidr), from: origin(vnet), also: [origin(range)] }
            : invalid(vnet, `gives '${text}' for ${env}, which is not a valid CIDR`, report);
    }
}
function optionChoices(catalog, service, option) {
    return (catalog.services.find((x) => x.id === service)?.options?.find((o) => o.name === option)?.choices ?? []);
}
function searchSku(s, catalog, report) {
    if (!s)
        return {};
    const v = s.value.trim().toLowerCase();
    if (v === 'free') {
        report.add('warning', 'import.not-carried', `${s.key} 'free' not carried over: the free tier has no private endpoints; aifactory.yaml uses 'basic'`, s.location);
        return {};
    }
    return choice(s, optionChoices(catalog, 'aiSearch', 'sku'), report);
}
function choice(s, choices, report) {
    if (!s)
        return {};
    if (isPlaceholder(s.value))
        return placeholder(s, report, 'warning');
    const v = s.value.trim();
    const match = choices.find((c) => c.toLowerCase() === v.toLowerCase());
    if (!match) {
        report.add('warning', 'import.bad-value', `${s.key} '${s.value}' is not one of ${choices.join(', ')}; not carried over`, s.location);
        return {};
    }
    return { value: match, from: origin(s) };
}
/** Model deployments: only models whose name the file states; versions only where it states them. */
function deployments(get, report) {
    // Every setting read for the deployment being built, so its comment names them all.
    let read = [];
    const take = (role) => {
        const s = get(role);
        if (s)
            read.push(origin(s));
        return s;
    };
    const on = (role) => {
        const s = get(role);
        return s && /^\s*true\s*$/i.test(s.value) ? s : undefined;
    };
    const num = (role) => {
        const s = take(role);
        const n = s ? Number(s.value) : NaN;
        return Number.isInteger(n) && n > 0 ? n : undefined;
    };
    const text = (role) => {
        const v = take(role)?.value.trim();
        return v && !isPlaceholder(v) ? v : undefined;
    };
    const result = [];
    const add = (deploy, d) => {
        if (!d.version) {
            report.add('error', 'import.missing', `${deploy.key}: the file names no version of ${d.model}; aifactory.yaml gets a TODO there`, deploy.location, `look up the version of ${d.model} in your region and set it in services.aiFoundry.deployments`);
        }
        result.push({ ...d, from: origin(deploy), also: read.filter((o) => o.key !== deploy.key) });
    };
    const gptX = on('model.gptX.deploy');
    if (gptX) {
        read = [];
        const name = text('model.gptX.name');
        if (!name) {
            report.add('warning', 'import.not-carried', `${gptX.key} is on but the model name is missing; deployment not carried over`, gptX.location);
        }
        else {
            const version = text('model.gptX.version');
            const sku = text('model.gptX.sku') ?? text('model.default.sku');
            add(gptX, { name, model: name, version, sku, capacity: num('model.gptX.capacity') });
        }
    }
    const gpt4o = on('model.gpt4o.deploy');
    if (gpt4o) {
        read = [];
        const version = text('model.gpt4o.version');
        add(gpt4o, {
            name: 'gpt-4o',
            model: 'gpt-4o',
            version,
            sku: text('model.default.sku'),
            capacity: num('model.gpt.capacity'),
        });
    }
    const embeddings = [
        ['model.ada002.deploy', 'text-embedding-ada-002'],
        ['model.embedLarge.deploy', 'text-embedding-3-large'],
        ['model.embedSmall.deploy', 'text-embedding-3-small'],
    ];
    for (const [role, model] of embeddings) {
        const s = on(role);
        if (!s)
            continue;
        read = [];
        add(s, { name: model, model, sku: text('model.default.sku'), capacity: num('model.embedding.capacity') });
    }
    const mini = on('model.gpt54mini.deploy');
    if (mini) {
        report.add('warning', 'import.not-carried', `${mini.key} not carried over: the file does not name the model, only a version; add it to services.aiFoundry.deployments by hand`, mini.location);
    }
    const names = new Set(result.map((d) => d.name.toLowerCase()));
    if (names.size < result.length) {
        report.add('error', 'import.contradiction', 'two model deployments get the same name', result[0].from.location, 'rename one in services.aiFoundry.deployments');
    }
    return result;
}
/** Today's "shared registry or one per project": false means the project's own containerRegistry. */
function projectRegistry(flags, s, report) {
    if (!s)
        return;
    if (/^\s*false\s*$/i.test(s.value)) {
        if (!flags.has('containerRegistry'))
            flags.set('containerRegistry', { value: true, setting: s });
        return;
    }
    report.add('note', 'import.not-carried', `${s.key} '${s.value}' not carried over: the scale set's shared registry belongs to the platform; containerRegistry gives the project its own (Azure ML needs one)`, s.location);
}
/** Today's Cosmos DB switch plus its kind; the catalog has one service per API. */
function cosmosKind(flags, s, report) {
    if (!s)
        return;
    const kind = s.value.trim().toLowerCase();
    const cosmos = flags.get('cosmosDb');
    if (kind === 'mongodb') {
        if (!cosmos?.value)
            return;
        flags.delete('cosmosDb');
        flags.set('cosmosDbMongo', cosmos);
        report.add('note', 'import.derived', `${cosmos.setting.key} with ${s.key} MongoDB is the service cosmosDbMongo`, s.location);
    }
    else if (kind === 'globaldocumentdb') {
        if (cosmos?.value)
            report.add('note', 'import.derived', `${s.key} GlobalDocumentDB is the NoSQL API of cosmosDb`, s.location);
    }
    else {
        report.add('error', 'import.bad-value', `${s.key} '${s.value}' is neither GlobalDocumentDB nor MongoDB`, s.location, 'set it to GlobalDocumentDB or MongoDB');
    }
}
function applyFlags(draft, flags, catalog, report) {
    const architecture = 'genai-1';
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    const values = {};
    for (const [id, f] of flags)
        values[id] = f.value;
    // The same computation parseConfig uses, so the import and the config agree on what is on.
    const config = { architecture, flags: values };
    const on = (0,checks/* servicesOn */.k)(config, values, catalog);
    const mode = draft.mode.value ?? 'standalone';
    for (const [id, f] of flags) {
        const service = byId.get(id);
        if (!service)
            continue;
        const s = f.setting;
        if (service.baseline.includes(architecture)) {
            if (f.value) {
                report.add('note', 'import.not-carried', `${s.key} not carried over: ${id} is always on in ${architecture}`, s.location);
            }
            else {
                report.add('warning', 'import.baseline', `${s.key}: false not carried over: ${id} is a baseline service of ${architecture} and always on`, s.location, 'the plan will create it if it is missing');
            }
            continue;
        }
        if (!f.value) {
            const by = on.get(id) ?? [];
            if (by.length > 0) {
                report.add('warning', 'import.implied', `${s.key}: false not carried over: ${by.join(', ')} needs ${id}, so it stays on (today's pipelines do the same silently)`, s.location);
            }
            else
                draft.flagsOff.push({ id, from: origin(s) });
            continue;
        }
        if (service.modes && !service.modes.includes(mode)) {
            report.add('error', 'import.mode', `${s.key} switches on ${id}, which is not available in network mode ${mode} (only ${service.modes.join(', ')})`, s.location);
        }
        for (const required of service.requires) {
            if (on.has(required))
                continue;
            const off = flags.get(required);
            report.add('error', 'import.contradiction', `${s.key} switches on ${id}, which requires ${required}, but ${off ? `${off.setting.key} (line ${off.setting.location.line}) switches it off` : 'nothing switches it on'}`, s.location, `switch on ${required} (${service.id} needs it) or switch off ${id}`);
        }
        for (const option of service.options ?? []) {
            if (!option.required)
                continue;
            report.add('error', 'import.missing', `${s.key} switches on ${id}, which needs services.${id}.${option.name}; today's files do not hold it`, s.location, `add services.${id}.${option.name} to aifactory.yaml: ${option.description}`);
        }
        draft.flagsOn.push({ id, from: origin(s) });
    }
}

;// CONCATENATED MODULE: ./build/core/import/emit.js
// Writes the draft as aifactory.yaml: every value commented with the setting it came from, every value
// that could not be carried over as a "<todo>" the validator will point at.


const TODO = '"<todo>"';
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
function from(o, also = []) {
    const all = o ? [o, ...also] : also;
    return all.length > 0 ? ` # ${all.map((x) => `${x.key} (line ${x.location.line})`).join(', ')}` : '';
}
/** `key: value # origin`, `key: "<todo>" # TODO: why`, or nothing when the field is empty and optional. */
function field(indent, key, f, required, quoteAs) {
    if (f.value !== undefined)
        return [`${indent}${key}: ${quoteAs ? quoteAs(f.value) : scalar(f.value)}${from(f.from, f.also)}`];
    if (f.todo !== undefined && required)
        return [`${indent}${key}: ${TODO} # TODO: ${f.todo}`];
    return [];
}
function deployment(d) {
    const parts = [`name: ${scalar(d.name)}`, `model: ${scalar(d.model)}`];
    parts.push(`version: ${d.version ? JSON.stringify(d.version) : TODO}`);
    if (d.sku)
        parts.push(`sku: ${scalar(d.sku)}`);
    if (d.capacity)
        parts.push(`capacity: ${d.capacity}`);
    const todo = d.version ? '' : ' TODO: the imported file names no version;';
    return `      - { ${parts.join(', ')} }${from(d.from, d.also).replace(' # ', ` #${todo} `)}`;
}
function emitYaml(draft) {
    const out = [
        `# aifactory.yaml imported from ${draft.source} by \`aifactory import\`.`,
        '# Comments name the setting each value came from (with its line there). "<todo>" marks what could not be',
        '# carried over; `aifactory validate` points at each one. See docs/config.md for every key.',
        'version: 1',
        "architecture: genai-1 # today's files do not say; use esml for a project centred on Azure Machine Learning",
        'project:',
        ...field('  ', 'number', draft.number, true),
        ...field('  ', 'prefix', draft.prefix, true),
        ...(draft.scaleSet.value === undefined && draft.scaleSet.todo === undefined
            ? ['  scaleSet: "001"']
            : field('  ', 'scaleSet', draft.scaleSet, true, (v) => JSON.stringify(v))),
        ...field('  ', 'location', draft.location, true),
    ];
    const tags = Object.entries(draft.tags).filter(([, f]) => f.value !== undefined);
    if (tags.length > 0) {
        out.push('  tags:');
        for (const [k, f] of tags)
            out.push(...field('    ', k, f, false, (v) => JSON.stringify(v)));
    }
    out.push('network:', ...field('  ', 'mode', draft.mode, true), 'environments:');
    for (const env of ENVIRONMENTS) {
        const e = draft.environments[env];
        out.push(`  ${env}:`);
        out.push(...field('    ', 'subscriptionId', e.subscriptionId, true));
        out.push(...field('    ', 'tenantId', e.tenantId, false));
        out.push(...field('    ', 'addressSpace', e.addressSpace, true));
        if (e.network) {
            out.push('    network:');
            out.push(...field('      ', 'vnetResourceGroup', e.network.vnetResourceGroup, true));
            out.push(...field('      ', 'vnetName', e.network.vnetName, true));
            if (e.network.dnsZonesSubscriptionId)
                out.push(...field('      ', 'dnsZonesSubscriptionId', e.network.dnsZonesSubscriptionId, true));
            if (e.network.dnsZonesResourceGroup)
                out.push(...field('      ', 'dnsZonesResourceGroup', e.network.dnsZonesResourceGroup, true));
        }
    }
    if (draft.flagsOn.length === 0)
        out.push('flags: {} # no add-on was on');
    else {
        out.push('flags:');
        for (const f of draft.flagsOn)
            out.push(`  ${f.id}: true${from(f.from)}`);
    }
    if (draft.flagsOff.length > 0) {
        out.push('# Off in the imported file (off is the default, so no flag is needed):');
        for (const f of draft.flagsOff)
            out.push(`#   ${f.id}: false${from(f.from).replace(' # ', ' # from ')}`);
    }
    const services = [];
    if (draft.deployments.length > 0) {
        services.push('  aiFoundry:', '    deployments:', ...draft.deployments.map(deployment));
    }
    const search = [
        ...field('    ', 'sku', draft.searchSku, false),
        ...field('    ', 'semanticSearch', draft.semanticSearch, false),
    ];
    if (search.length > 0)
        services.push('  aiSearch:', ...search);
    if (services.length > 0)
        out.push('services:', ...services);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/core/import/sources.js
// Reads today's two settings files into one list of settings with their lines: the Azure DevOps
// variables file (`variables:` as a mapping or as a list of {name, value}) and the GitHub `.env` file.

function readVariablesYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (node) => {
        const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
        return { file, line: pos.line, column: pos.col };
    };
    const diagnostics = doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
            severity: 'error',
            code: 'import.yaml-syntax',
            message: `YAML syntax error: ${e.message}`,
            location: { file, line: pos.line, column: pos.col },
        };
    });
    if (diagnostics.length > 0)
        return { settings: [], diagnostics };
    const root = doc.contents;
    const variables = (0,dist/* isMap */.jh)(root) ? root.get('variables', true) : undefined;
    if (!(0,dist/* isMap */.jh)(root) || variables === undefined) {
        diagnostics.push({
            severity: 'error',
            code: 'import.not-variables',
            message: 'no top-level `variables:` section: this is not an Azure DevOps variables file',
            location: at(root),
            hint: "pass the variables.yaml of today's Azure DevOps pipelines, or a GitHub .env file with --format env",
        });
        return { settings: [], diagnostics };
    }
    const settings = [];
    const scalarText = (node) => (0,dist/* isScalar */.jn)(node) ? (node.value === null ? '' : String(node.value)) : undefined;
    if ((0,dist/* isMap */.jh)(variables)) {
        for (const pair of variables.items) {
            const key = scalarText(pair.key);
            const value = scalarText(pair.value);
            if (key === undefined)
                continue;
            if (value === undefined) {
                diagnostics.push(unreadable(key, at(pair.key)));
                continue;
            }
            settings.push({ key, value, location: at(pair.key) });
        }
    }
    else if ((0,dist/* isSeq */.oP)(variables)) {
        // The list form: `- name: x` / `value: y`; groups and templates cannot be read from one file.
        for (const item of variables.items) {
            if (!(0,dist/* isMap */.jh)(item))
                continue;
            const key = scalarText(item.get('name', true));
            const value = scalarText(item.get('value', true));
            if (key === undefined) {
                diagnostics.push({
                    severity: 'note',
                    code: 'import.not-carried',
                    message: 'a variable group or template reference cannot be imported from this file',
                    location: at(item),
                    hint: 'import the file it refers to separately',
                });
                continue;
            }
            if (value === undefined) {
                diagnostics.push(unreadable(key, at(item)));
                continue;
            }
            settings.push({ key, value, location: at(item.get('name', true)) });
        }
    }
    return { settings, diagnostics };
}
function unreadable(key, location) {
    return {
        severity: 'warning',
        code: 'import.unreadable',
        message: `${key}: the value is not a single value and was not carried over`,
        location,
    };
}
const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
function readEnvFile(text, file) {
    const settings = [];
    const diagnostics = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (/^\s*(#|$)/.test(line))
            return;
        const location = { file, line: index + 1, column: line.search(/\S/) + 1 };
        const m = ENV_LINE.exec(line);
        if (!m) {
            diagnostics.push({
                severity: 'warning',
                code: 'import.unreadable',
                message: 'line not understood: expected NAME="value"',
                location,
            });
            return;
        }
        const value = envValue(m[2]);
        if (value === undefined) {
            diagnostics.push({
                severity: 'warning',
                code: 'import.unreadable',
                message: `${m[1]}: the quoted value does not end on this line; not carried over`,
                location,
            });
            return;
        }
        settings.push({ key: m[1], value, location });
    });
    return { settings, diagnostics };
}
/** The value of NAME=…: "double" (with \" escapes), 'single', or bare up to a ` #` comment. */
function envValue(rest) {
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
        let out = '';
        for (let i = 1; i < rest.length; i++) {
            const c = rest[i];
            if (quote === '"' && c === '\\' && i + 1 < rest.length) {
                out += rest[++i];
            }
            else if (c === quote) {
                return out;
            }
            else
                out += c;
        }
        return undefined;
    }
    return rest.replace(/\s+#.*$/, '').trim();
}

;// CONCATENATED MODULE: ./build/core/import/index.js




function importVariables(text, file, catalog, nonServiceFlags = non_service_flags_nonServiceFlags) {
    return finish(readVariablesYaml(text, file), file, catalog, nonServiceFlags);
}
function importEnv(text, file, catalog, nonServiceFlags = non_service_flags_nonServiceFlags) {
    return finish(readEnvFile(text, file), file, catalog, nonServiceFlags);
}
function finish(source, file, catalog, nonServiceFlags) {
    if (source.diagnostics.some((d) => d.severity === 'error') && source.settings.length === 0) {
        return { yaml: '', report: source.diagnostics };
    }
    const name = file.split(/[\\/]/).pop() ?? file;
    const { draft, report } = convert_convert(source.settings, name, catalog, nonServiceFlags);
    return { yaml: emitYaml(draft), report: [...source.diagnostics, ...report] };
}

;// CONCATENATED MODULE: ./build/hosts/cli/commands/import.js
// `aifactory import`: today's variables.yaml (Azure DevOps) or .env (GitHub) → aifactory.yaml, plus a report
// of every setting not carried over and why.






/** By name first (variables*.yml, *.env, .env.template), then by content (`variables:` at the top). */
function detectFormat(file, text) {
    const name = external_node_path_.basename(file).toLowerCase();
    if (/\.ya?ml$/.test(name))
        return 'ado';
    if (name.startsWith('.env') || name.endsWith('.env') || name.includes('env.template'))
        return 'env';
    return /^variables\s*:/m.test(text) ? 'ado' : 'env';
}
function fail(io, message) {
    io.stderr(`error: ${message}\n`);
    return 1;
}
const importCommand = {
    name: 'import',
    summary: "Write aifactory.yaml from today's variables.yaml or .env, with a report of what was not carried over",
    options: [
        {
            name: 'from',
            kind: 'string',
            valueName: 'FILE',
            required: true,
            description: "Today's Azure DevOps variables.yaml or GitHub .env file",
        },
        {
            name: 'out',
            kind: 'string',
            valueName: 'FILE',
            default: 'aifactory.yaml',
            description: 'Where to write',
        },
        {
            name: 'format',
            kind: 'string',
            choices: ['ado', 'env', 'auto'],
            default: 'auto',
            description: 'ado: variables.yaml; env: .env; auto: by file name, then content',
        },
        { name: 'force', kind: 'boolean', description: 'Overwrite --out when it exists' },
    ],
    async run(args, io) {
        const from = str(args, 'from');
        if (!from)
            return fail(io, 'missing --from FILE (the variables.yaml or .env to import)');
        const out = str(args, 'out') ?? 'aifactory.yaml';
        const fromPath = inCwd(io, from);
        const outPath = inCwd(io, out);
        if (!(0,external_node_fs_.existsSync)(fromPath))
            return fail(io, `${from}: no such file`);
        if ((0,external_node_fs_.existsSync)(outPath) && args.force !== true) {
            return fail(io, `${out} exists; refusing to overwrite it (pass --force, or choose another --out)`);
        }
        const text = (0,external_node_fs_.readFileSync)(fromPath, 'utf8');
        const requested = str(args, 'format') ?? 'auto';
        const format = requested === 'auto' ? detectFormat(from, text) : requested;
        const result = format === 'ado' ? importVariables(text, from, catalog/* catalog */.U$) : importEnv(text, from, catalog/* catalog */.U$);
        for (const d of result.report)
            io.stderr(`${(0,config/* formatDiagnostic */.xy)(d)}\n`);
        const count = (s) => result.report.filter((d) => d.severity === s).length;
        const errors = count('error');
        if (result.yaml === '')
            return fail(io, `${from} could not be read as ${format === 'ado' ? 'an Azure DevOps variables file' : 'a .env file'}; nothing written`);
        (0,external_node_fs_.writeFileSync)(outPath, result.yaml);
        const notCarried = result.report.filter((d) => d.code === 'import.not-carried').length;
        io.stdout(`wrote ${out} from ${from} (${format === 'ado' ? 'Azure DevOps variables' : '.env'}): ${notCarried} settings not carried over, ${count('warning')} warnings, ${errors} errors\n`);
        if (errors > 0) {
            io.stdout(`fix the ${errors} error(s) above: each "<todo>" in ${out} marks one; then run aifactory validate --config ${out}\n`);
            return 1;
        }
        // The import must always produce a valid file; say so loudly if it did not.
        const check = (0,config/* parseConfig */.o4)(result.yaml, out, catalog/* catalog */.U$).diagnostics.filter((d) => d.severity === 'error');
        for (const d of check)
            io.stderr(`${(0,config/* formatDiagnostic */.xy)(d)}\n`);
        if (check.length > 0)
            return 1;
        io.stdout(`${out} validates; next: aifactory plan --config ${out} --env dev\n`);
        return 0;
    },
};

// EXTERNAL MODULE: ./build/core/desired.js + 1 modules
var core_desired = __nccwpck_require__(2236);
;// CONCATENATED MODULE: ./build/hosts/cli/commands/names.js
// `aifactory names`: every resource name of one environment, so a team can check them before anything exists.





const namesCommand = {
    name: 'names',
    summary: 'List the name of every resource of an environment, checked against Azure’s rules',
    options: [
        configOption,
        envOption(true),
        {
            name: 'format',
            kind: 'string',
            valueName: 'FORMAT',
            description: 'Output format',
            choices: ['text', 'json'],
            default: 'text',
        },
        tenantOption,
    ],
    async run(args, io) {
        const logger = stderrLogger(io);
        const loaded = loadForCommand(args, io, logger);
        if (!loaded)
            return 1;
        const { config, env } = loaded;
        const tenantId = str(args, 'tenant-id');
        const desired = (0,core_desired/* buildDesiredState */.k)(config, env, catalog/* catalog */.U$, (0,files/* emptyObservedState */.Zt)(config.environments[env].subscriptionId), {
            allowDestroy: [],
            ...(tenantId ? { tenantId } : {}),
        });
        const rows = [
            ...desired.services.flatMap((s) => s.resources.map((r) => ({ service: s.id, type: r.type, name: r.name }))),
        ];
        // Names are printed even when some break a rule: the errors on stderr say which and why.
        if (str(args, 'format') === 'json')
            io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        else {
            const w1 = Math.max(7, ...rows.map((r) => r.service.length)) + 2;
            const w2 = Math.max(4, ...rows.map((r) => r.type.length)) + 2;
            io.stdout(`${'SERVICE'.padEnd(w1)}${'TYPE'.padEnd(w2)}NAME\n`);
            for (const r of rows)
                io.stdout(`${r.service.padEnd(w1)}${r.type.padEnd(w2)}${r.name}\n`);
        }
        const problems = desired.diagnostics.filter((d) => d.code !== 'desired.tenant');
        (0,run/* report */.z8)(logger, problems);
        return problems.some((d) => d.severity === 'error') ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./build/hosts/cli/commands/plan.js
// `aifactory plan`: what would change, in which order and why — from a snapshot file, the local emulator or
// Azure. The plan goes to stdout in the format asked for; everything else to stderr.



const planCommand = {
    name: 'plan',
    summary: 'Show what apply would create, update and delete, in order, with reasons and the estimated time',
    options: [
        configOption,
        envOption(true),
        {
            name: 'observed',
            kind: 'string',
            valueName: 'FILE',
            description: 'Observed-state JSON snapshot to plan against (implies --target file)',
        },
        {
            name: 'out',
            kind: 'string',
            valueName: 'FILE',
            description: 'Also write the plan JSON here (for apply --plan)',
        },
        {
            name: 'format',
            kind: 'string',
            valueName: 'FORMAT',
            description: 'Output on stdout',
            choices: ['text', 'markdown', 'json'],
            default: 'text',
        },
        {
            name: 'what-if',
            kind: 'boolean',
            description: "Add each update's property changes from ARM what-if (the emulator's locally); needs --target local|azure",
        },
        {
            name: 'detailed-exitcode',
            kind: 'boolean',
            description: 'Exit 2 when the plan has changes (0: none, 1: error)',
        },
        {
            name: 'allow-destroy',
            kind: 'list',
            valueName: 'A,B|all',
            description: 'Services whose deletion is allowed although they hold data or are protected',
        },
        {
            name: 'target',
            kind: 'string',
            valueName: 'TARGET',
            description: 'Where the current state comes from (default: file with --observed, else local)',
            choices: ['file', 'local', 'azure'],
        },
        {
            name: 'endpoint',
            kind: 'string',
            valueName: 'URL',
            description: 'target local: an emulator already running',
        },
        {
            name: 'state-dir',
            kind: 'string',
            valueName: 'DIR',
            description: 'target local: state of the embedded emulator (default .aifactory/local)',
        },
        {
            name: 'subscription-id',
            kind: 'string',
            valueName: 'GUID',
            description: "Override the environment's subscription from the config",
        },
        tenantOption,
    ],
    async run(args, io) {
        const observed = str(args, 'observed');
        const target = (str(args, 'target') ?? (observed ? 'file' : 'local'));
        if (observed && target !== 'file') {
            io.stderr(`error: --observed reads a snapshot file; it cannot be combined with --target ${target}\n`);
            return 1;
        }
        const format = str(args, 'format') ?? 'text';
        const result = await (0,run/* run */.eF)({
            command: 'plan',
            configPath: inCwd(io, str(args, 'config')),
            environment: str(args, 'env'),
            planFile: str(args, 'out') ? inCwd(io, str(args, 'out')) : undefined,
            allowDestroy: list(args, 'allow-destroy'),
            parallelism: 1,
            whatIf: Boolean(args['what-if']),
            target,
            observedFile: observed ? inCwd(io, observed) : undefined,
            endpoint: str(args, 'endpoint'),
            stateDir: str(args, 'state-dir') ? inCwd(io, str(args, 'state-dir')) : undefined,
            subscriptionId: str(args, 'subscription-id'),
            tenantId: str(args, 'tenant-id'),
        }, stderrLogger(io, ['Plan']));
        if (result.plan) {
            if (format === 'json')
                io.stdout((0,render/* renderJson */.hF)(result.plan));
            else if (format === 'markdown')
                io.stdout(result.markdown ?? '');
            else
                io.stdout(`${(0,render/* renderText */.S5)(result.plan, { color: io.color }).replace(/\n*$/, '\n')}`);
        }
        // The text plan ends with the same summary sentence; other formats (and failures) get it on stderr.
        if (format !== 'text' || !result.plan || result.exitCode === 1)
            io.stderr(`${result.message}\n`);
        if (result.exitCode === 2)
            return args['detailed-exitcode'] ? 2 : 0;
        return result.exitCode;
    },
};

;// CONCATENATED MODULE: ./build/hosts/cli/commands/validate.js
// `aifactory validate`: the config, every environment's names, subnets and references — without Azure.


const validateCommand = {
    name: 'validate',
    summary: 'Check aifactory.yaml: keys, flags, names of every resource, subnets (no Azure needed)',
    options: [configOption, envOption(false), tenantOption],
    async run(args, io) {
        const result = await (0,run/* run */.eF)({
            command: 'validate',
            configPath: inCwd(io, str(args, 'config')),
            environment: str(args, 'env'),
            allowDestroy: [],
            parallelism: 1,
            whatIf: false,
            target: 'file',
            tenantId: str(args, 'tenant-id'),
        }, stderrLogger(io));
        if (result.ok)
            io.stdout(`${result.message}\n`);
        else
            io.stderr(`${result.message}\n`);
        return result.exitCode === 1 ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./build/hosts/cli/commands/index.js









const commands_commands = [
    validateCommand,
    planCommand,
    applyCommand,
    graphCommand,
    namesCommand,
    catalogCommand,
    emulatorCommand,
    demoCommand,
    importCommand,
];

;// CONCATENATED MODULE: ./build/hosts/cli/main.js
// The `aifactory` command line: picks the sub-command, parses its options, runs it, returns the exit code.
// Everything is written through `io`, so tests run it in-process with buffers.




function generalHelp(commands) {
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    return [
        `aifactory ${version/* TOOL_VERSION */.w} — AI Factory feature flags as safe, ordered changes on Azure`,
        '',
        'Usage: aifactory <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Run `aifactory <command> --help` for the options of a command.',
        'Exit codes: 0 success, 1 error or blocked plan, 2 changes (plan --detailed-exitcode).',
        '',
    ].join('\n');
}
async function main(argv, io, commands = commands_commands) {
    const [first, ...rest] = argv;
    if (first === undefined) {
        io.stderr(generalHelp(commands));
        return 1;
    }
    if (first === '--help' || first === '-h') {
        io.stdout(generalHelp(commands));
        return 0;
    }
    if (first === '--version' || first === '-V' || first === 'version') {
        io.stdout(`${version/* TOOL_VERSION */.w}\n`);
        return 0;
    }
    if (first === 'help') {
        const target = rest[0] ? commands.find((c) => c.name === rest[0]) : undefined;
        if (rest[0] && !target)
            return unknownCommand(rest[0], io, commands);
        io.stdout(target ? commandHelp(target) : generalHelp(commands));
        return 0;
    }
    const command = commands.find((c) => c.name === first);
    if (!command)
        return unknownCommand(first, io, commands);
    let args;
    try {
        args = parseArgs(command, rest);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`error: ${e.message}\nRun 'aifactory ${command.name} --help' for its options.\n`);
            return 1;
        }
        throw e;
    }
    if (args.help) {
        io.stdout(commandHelp(command));
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (e) {
        // A bug or an unexpected failure: one readable line; the stack only when asked for.
        const err = e;
        io.stderr(`error: ${err?.message ?? String(e)}\n`);
        if (process.env.AIFACTORY_DEBUG)
            io.stderr(`${err?.stack ?? ''}\n`);
        return 1;
    }
}
function unknownCommand(name, io, commands) {
    const guess = name.startsWith('-')
        ? undefined
        : (0,suggest/* suggest */.Z)(name, commands.map((c) => c.name));
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command '${name}'`;
    io.stderr(`error: ${what}${guess ? `; did you mean '${guess}'?` : ''}\n` +
        `Commands: ${commands.map((c) => c.name).join(', ')}. Run 'aifactory --help' for more.\n`);
    return 1;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(221);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
