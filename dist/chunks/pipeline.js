import { stat, readFile } from 'node:fs/promises';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { s as sanitizeText, a as previewValue, c as createSchemaValidator, n as nearestName } from './loader.js';
import { C as ConfigError } from './errors.js';
import { i as junitFlips, L as LineSource, a as packedOf, l as LINE_STRIDE, A as AT_END, m as AT_START, n as AT_FLAGS, q as KIND_MASK, K as KIND_CONTEXT, b as KIND_DEL, d as KIND_ADD, s as numberAt, u as contentAt, k as kindAt, w as AT_NEW, x as diffLineAt } from './junit.js';

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

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

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

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
	function visit$1(node, visitor) {
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
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
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

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

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

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

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

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
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
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
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
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

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
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
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

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

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

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
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
	};
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

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
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
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

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
	function createNode$1(value, tagName, ctx) {
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

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

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
	let Collection$1 = class Collection extends Node.NodeBase {
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
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
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

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

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
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
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

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

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
	function stringify$1(item, ctx, onComment, onChompKeep) {
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

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
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

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

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

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
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
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
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

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
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

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
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
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
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

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

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
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
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
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
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

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
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
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
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

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

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

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

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

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
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

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

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

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

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

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

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

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

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

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
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

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

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
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

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
	const omap$1 = {
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

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

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

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

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
	const float$1 = {
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

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

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
	const int$1 = {
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

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

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
	const set$1 = {
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

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

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
	const timestamp$1 = {
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
	        const match = str.match(timestamp$1.test);
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

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
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

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

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

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
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
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
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

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
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
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

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

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
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

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

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

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

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

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
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

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
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

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
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

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
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

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

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
	function composeCollection$1(CN, ctx, token, props, onError) {
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

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
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

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
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

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
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

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

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

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
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

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
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

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

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

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

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

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

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

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

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

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

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

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

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

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

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

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

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

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

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

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

/** Default sensitive-path categories. Globs use minimatch with `dot: true`, `nocase: true`. */
const DEFAULT_SENSITIVE = Object.freeze({
    deploy: [
        '**/Dockerfile',
        '**/Dockerfile.*',
        '**/*.dockerfile',
        '**/docker-compose*.y?(a)ml',
        '**/compose.y?(a)ml',
        '**/compose.*.y?(a)ml',
        '**/deploy/**',
        '**/deployment/**',
        '**/k8s/**',
        '**/kubernetes/**',
        '**/helm/**',
        '**/charts/**',
        '**/terraform/**',
        '**/*.tf',
        '**/*.tfvars',
        '**/Procfile',
        '**/serverless.y?(a)ml',
        '**/serverless.json',
        '**/app.yaml',
        '**/fly.toml',
        '**/vercel.json',
        '**/netlify.toml',
        '**/render.yaml',
        '**/skaffold.yaml',
        '**/Pulumi.y?(a)ml',
        '**/Pulumi.*.y?(a)ml',
        '**/ansible/**',
        '**/*.tfstate',
        '**/*.tfstate.*',
        '.github/workflows/*deploy*.y?(a)ml',
        '.github/workflows/*release*.y?(a)ml',
        '.github/workflows/*publish*.y?(a)ml',
        '.github/workflows/cd.y?(a)ml'
    ],
    prod_config: [
        '**/config/prod*',
        '**/config/production*',
        '**/config/**/prod*',
        '**/*.prod.*',
        '**/*.production.*',
        '**/.env.prod*',
        '**/.env.production*',
        '**/settings/prod*.py',
        '**/application-prod*.y?(a)ml',
        '**/application-prod*.properties'
    ],
    billing: [
        '**/billing/**',
        '**/payment?(s)/**',
        '**/pricing/**',
        '**/invoic{e,es,ing}/**',
        '**/subscription?(s)/**',
        '**/*billing*.*',
        '**/*payment*.*',
        '**/*pricing*.*',
        '**/*invoice*.*',
        '**/*subscription*.*',
        '**/stripe/**'
    ],
    secrets: [
        '**/.env',
        '**/.env.*',
        '**/*.pem',
        '**/*.key',
        '**/*.p12',
        '**/*.pfx',
        '**/*.jks',
        '**/*.keystore',
        '**/*.p8',
        '**/*.gpg',
        '**/*.kdbx',
        '**/.htpasswd',
        '**/*.crt',
        '**/*.cer',
        '**/id_rsa*',
        '**/id_ed25519*',
        '**/secrets/**',
        '**/.secrets/**',
        '**/*secret*.y?(a)ml',
        '**/*.sops.*',
        '**/.sops.yaml',
        '**/vault/**',
        '**/*.vault',
        '**/credentials*',
        '**/.npmrc',
        '**/.pypirc',
        '**/.netrc'
    ],
    ci: [
        '.github/workflows/**',
        '.github/actions/**',
        '.gitlab-ci.yml',
        '.circleci/**',
        'Jenkinsfile',
        '**/Jenkinsfile',
        'azure-pipelines.yml',
        '.buildkite/**',
        '.travis.yml',
        'bitbucket-pipelines.yml',
        '.drone.yml',
        '.pre-commit-config.yaml'
    ],
    agent_config: [
        '**/AGENTS.md',
        '**/AGENT.md',
        '**/CLAUDE.md',
        '**/GEMINI.md',
        '.claude/**',
        '.cursor/**',
        '.cursorrules',
        '.codex/**',
        '.github/copilot-instructions.md',
        '.github/instructions/**',
        '.github/prompts/**',
        '.github/chatmodes/**',
        '.mcp.json',
        '**/.mcp.json',
        '.vscode/mcp.json',
        '.windsurfrules',
        '.clinerules',
        '.aider*',
        '.devin/**',
        '.continue/**',
        '.gemini/**',
        '.windsurf/**',
        '.roo/**',
        '.kiro/**',
        '.junie/**',
        '.amazonq/**',
        '.github/workflows/copilot-setup-steps.y?(a)ml'
    ],
    gate: [
        '.github/agent-pr-gate.yml',
        '.github/agent-pr-gate.yaml',
        '.github/CODEOWNERS',
        'CODEOWNERS',
        'docs/CODEOWNERS',
        '.github/rulesets/**',
        '.github/settings.yml',
        '.github/branch-protection*'
    ],
    dependencies: [
        '**/package.json',
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/bun.lockb',
        '**/bun.lock',
        '**/requirements*.txt',
        '**/pyproject.toml',
        '**/poetry.lock',
        '**/Pipfile',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/setup.py',
        '**/setup.cfg',
        '**/go.mod',
        '**/go.sum',
        '**/Cargo.toml',
        '**/Cargo.lock',
        '**/pom.xml',
        '**/build.gradle',
        '**/build.gradle.kts',
        '**/gradle.lockfile',
        '**/Gemfile',
        '**/Gemfile.lock',
        '**/composer.json',
        '**/composer.lock',
        '**/.yarnrc.yml',
        '**/pnpm-workspace.yaml',
        '**/deno.json',
        '**/deno.lock',
        '**/Podfile',
        '**/Podfile.lock',
        '**/Package.swift',
        '**/Package.resolved',
        '**/mix.exs',
        '**/mix.lock',
        '**/*.csproj',
        '**/packages.lock.json',
        '**/Directory.Packages.props',
        '**/libs.versions.toml'
    ]
});
/**
 * Test and fixture files: the categories in DEFAULT_TEST_EXEMPT_CATEGORIES do not match them
 * (a fixture `invoices.ts` is not billing code); secret-in-diff still reads every file.
 */
const DEFAULT_TEST_PATHS = Object.freeze([
    '**/test/**',
    '**/tests/**',
    '**/__tests__/**',
    '**/spec/**',
    '**/specs/**',
    '**/fixtures/**',
    '**/__fixtures__/**',
    '**/__mocks__/**',
    '**/testdata/**',
    '**/*.test.*',
    '**/*.spec.*',
    '**/*_test.go',
    '**/test_*.py',
    '**/*_test.py'
]);
const DEFAULT_TEST_EXEMPT_CATEGORIES = Object.freeze([
    'billing',
    'deploy',
    'prod_config',
    'secrets'
]);
const DEFAULT_CONFIG = {
    version: 1,
    mode: 'enforce',
    apply_to: 'agents',
    fail_on_incomplete: true,
    agents: {
        authors: [
            'Copilot',
            'copilot-swe-agent[bot]',
            'devin-ai-integration[bot]',
            'cursor[bot]',
            'claude[bot]',
            'codex[bot]',
            'chatgpt-codex-connector[bot]'
        ],
        apps: [
            'chatgpt-codex-connector',
            'copilot-swe-agent',
            'devin-ai-integration',
            'cursor',
            'claude'
        ],
        branch_prefixes: ['copilot/', 'codex/', 'claude/', 'cursor/', 'devin/'],
        coauthors: ['copilot', 'claude', 'codex', 'devin', 'cursor', 'noreply@anthropic.com', 'openai']
    },
    rules: {},
    minimality: { warn_below: 80, block_below: 50, min_moved_lines: 3 },
    generated: [],
    sensitive: Object.fromEntries(Object.entries(DEFAULT_SENSITIVE).map(([k, v]) => [k, [...v]])),
    require_human_approval_for: ['deploy', 'prod_config', 'billing', 'secrets'],
    secrets: { allow_paths: [], allow_patterns: [] },
    tests: {
        junit: [],
        paths: [...DEFAULT_TEST_PATHS],
        exempt_categories: [...DEFAULT_TEST_EXEMPT_CATEGORIES]
    },
    explanation: { max_words: 300 },
    max_actions_per_run: 50,
    override: {
        label: 'agent-pr-gate/approved',
        category_label_prefix: 'agent-pr-gate/approve:',
        min_role: 'maintain',
        allow_author: false,
        allow_coauthors: false
    }
};

const RULE_IDS = [
    // minimality and refactors
    'format-only',
    'import-reorder',
    'rename-symbol',
    'moved-code',
    'file-rename',
    'comment-only',
    'out-of-scope',
    'generated-churn',
    'low-minimality',
    // risk surface
    'sensitive-path',
    'secret-in-diff',
    'workflow-privilege',
    'agent-config-change',
    'gate-config-change',
    'dependency-change',
    // verifier integrity
    'rerun-to-green',
    'test-skipped',
    'test-retry-added',
    'test-deleted',
    'assertion-weakened',
    'timeout-raised',
    'snapshot-rewritten',
    'ci-failure-masked',
    // run discipline
    'run-manifest-missing',
    'run-manifest-invalid',
    'action-budget',
    'untraced-change',
    'run-claim-mismatch',
    'explanation',
    // data
    'incomplete-diff',
    'config-invalid'
];
const NO_APPROVAL = Object.freeze({ grants: [], rejections: [] });

const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/agent-pr-gate/agent-pr-gate/v1/schema/config.schema.json';
const CATEGORY_PATTERN = '^(?!(?:constructor|prototype)$)[a-z][a-z0-9_-]{0,39}$';
/** The expected form of each pattern, in words, for error messages. */
const CONFIG_PATTERN_FORMS = {
    [CATEGORY_PATTERN]: 'a category name: lowercase letters, digits, "_" or "-", starting with a letter, at most 40 characters'
};
/** One line per rule, shown by editors next to the rule id. */
const RULE_SUMMARIES = {
    'format-only': 'Hunks that only change formatting or whitespace.',
    'import-reorder': 'Hunks that only reorder imports.',
    'rename-symbol': 'An identifier renamed across the change without being asked for.',
    'moved-code': 'Code moved from one place to another without other changes.',
    'file-rename': 'A file renamed or moved.',
    'comment-only': 'Hunks that only change comments.',
    'out-of-scope': "Files outside the run manifest's task.scope.paths.",
    'generated-churn': 'Changes to generated files (lockfiles, dist/, linguist-generated).',
    'low-minimality': 'The minimality score is below minimality.warn_below or block_below.',
    'sensitive-path': 'Changes a sensitive path; blocks for categories in require_human_approval_for.',
    'secret-in-diff': 'Adds a line holding a credential: a known token format or a secret-like assignment.',
    'workflow-privilege': 'Raises CI privilege: token permissions, pull_request_target, secrets, unpinned actions.',
    'agent-config-change': 'Changes agent instructions or tool config (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json).',
    'gate-config-change': 'Changes the gate config, the workflow running the gate, CODEOWNERS or rulesets.',
    'dependency-change': 'Changes dependency manifests or lockfiles; a new or changed install script blocks.',
    'rerun-to-green': 'A test failed, then passed on a rerun with no code change.',
    'test-skipped': 'A skip, todo, expected-failure or .only marker is added.',
    'test-retry-added': 'Test retries are added or raised.',
    'test-deleted': 'Test files or test cases are removed on net.',
    'assertion-weakened': 'Fewer assertions, a looser matcher, or an assertion commented out.',
    'timeout-raised': 'A test or CI job timeout is raised.',
    'snapshot-rewritten': 'Stored snapshots are rewritten or set to update.',
    'ci-failure-masked': 'A failure is made to pass (continue-on-error, || true, ...) or coverage is lowered.',
    'run-manifest-missing': 'An agent-authored PR without a run manifest.',
    'run-manifest-invalid': 'A run manifest that does not match agent-run/v1.',
    'action-budget': 'The agent run took more actions than max_actions_per_run.',
    'untraced-change': 'A file changed after a context snapshot that does not reference it.',
    'run-claim-mismatch': 'The manifest says tests passed on something other than the head, or CI disagrees.',
    explanation: 'The PR has no description and a vague title (warn); a body with no reason or too long (info).',
    'incomplete-diff': 'The gate could not see the whole change.',
    'config-invalid': "The gate's config on the base branch is invalid, so defaults were used."
};
const LEVEL = {
    type: 'string',
    enum: ['off', 'info', 'warn', 'block'],
    description: 'off: never report; info: report in the full report only, never a warning; warn: report without blocking; block: fail the check.'
};
function stringList(description, itemDescription, fallback) {
    return {
        type: 'array',
        description,
        items: { type: 'string', minLength: 1, maxLength: 1024, description: itemDescription },
        maxItems: 1000,
        default: fallback
    };
}
function globList(description, fallback) {
    return stringList(description, 'A minimatch glob matched against repository-relative paths (dot files included).', fallback);
}
function strictObject(description, properties) {
    return { type: 'object', description, additionalProperties: false, properties };
}
const D = DEFAULT_CONFIG;
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'agent-pr-gate configuration',
    description: 'The .github/agent-pr-gate.yml file, read from the base branch. Every key except version is optional; unset keys keep their defaults.',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        version: {
            type: 'integer',
            const: 1,
            description: 'Format version of this file. Always 1.'
        },
        mode: {
            type: 'string',
            enum: ['enforce', 'warn', 'observe'],
            default: D.mode,
            description: "enforce: blocking findings fail the check; warn: they only warn; observe: findings are reported and the verdict passes. Findings about the gate's own config and workflow block in every mode."
        },
        apply_to: {
            type: 'string',
            enum: ['agents', 'all'],
            default: D.apply_to,
            description: 'agents: gate only PRs classified as agent-authored (see agents); all: gate every PR.'
        },
        fail_on_incomplete: {
            type: 'boolean',
            default: D.fail_on_incomplete,
            description: 'Block when the gate cannot see the whole change (a truncated diff, missing patches). false only warns.'
        },
        agents: strictObject('What makes a PR agent-authored. Classification only: it never grants anything.', {
            authors: stringList('GitHub logins of PR authors that are coding agents.', 'A GitHub login, compared case-insensitively.', D.agents.authors),
            apps: stringList('Slugs of GitHub Apps that open PRs for an agent.', 'A GitHub App slug, compared case-insensitively.', D.agents.apps),
            branch_prefixes: stringList('Head branch prefixes that agents use.', 'A branch name prefix, such as copilot/, compared case-insensitively.', D.agents.branch_prefixes),
            coauthors: stringList('Substrings of Co-authored-by trailers (case-insensitive) that name a known agent.', 'A substring of a name or email address.', D.agents.coauthors)
        }),
        rules: {
            type: 'object',
            description: 'Rule id -> level (off, info, warn or block). Rules left out keep their default level (docs/defaults.md); locked rules always block.',
            additionalProperties: false,
            properties: Object.fromEntries(RULE_IDS.map((id) => [
                id,
                { ...LEVEL, description: `${RULE_SUMMARIES[id]} ${LEVEL.description}` }
            ])),
            default: D.rules
        },
        minimality: strictObject('Thresholds of the minimality score (0-100: the share of changed lines that serve the task).', {
            warn_below: {
                type: 'number',
                minimum: 0,
                maximum: 100,
                default: D.minimality.warn_below,
                description: 'Warn when the score is below this. Must be at least block_below.'
            },
            block_below: {
                type: 'number',
                minimum: 0,
                maximum: 100,
                default: D.minimality.block_below,
                description: 'Block when the score is below this. 0 never blocks on the score.'
            },
            min_moved_lines: {
                type: 'integer',
                minimum: 1,
                maximum: 1000,
                default: D.minimality.min_moved_lines,
                description: 'Smallest block of non-blank, non-brace lines that counts as moved code.'
            }
        }),
        generated: globList('Extra globs of generated files (lockfiles, dist/ and linguist-generated files are built in).', D.generated),
        sensitive: {
            type: 'object',
            description: 'Sensitive-path categories: category -> globs. A category named here replaces the default globs of that category ([] turns it off); new names add categories.',
            propertyNames: { pattern: CATEGORY_PATTERN },
            additionalProperties: globList('Globs of the files in this category.', []),
            default: D.sensitive
        },
        require_human_approval_for: {
            type: 'array',
            description: 'Sensitive categories that block until a maintainer approves; the other categories warn.',
            items: {
                type: 'string',
                pattern: CATEGORY_PATTERN,
                description: 'A category defined under sensitive (or a default one).'
            },
            uniqueItems: true,
            maxItems: 100,
            default: D.require_human_approval_for
        },
        secrets: strictObject('Exceptions for the secret-in-diff rule.', {
            allow_paths: globList('Globs of files where secret-in-diff does not fire (test fixtures of a secret scanner).', D.secrets.allow_paths),
            allow_patterns: stringList('Regular expressions of values that are never secrets.', 'A JavaScript regular expression (source text, no slashes or flags).', D.secrets.allow_patterns)
        }),
        tests: strictObject('Where test results live, and which files are tests.', {
            junit: globList('Globs of JUnit XML reports to read for re-runs (CLI: relative to --repo; action: the workspace).', D.tests.junit),
            paths: globList('Globs of test and fixture files. The sensitive categories in tests.exempt_categories do not match them; secret-in-diff still reads them.', D.tests.paths),
            exempt_categories: {
                type: 'array',
                description: 'Sensitive categories that do not match files under tests.paths ([] makes every category match test files too).',
                items: {
                    type: 'string',
                    pattern: CATEGORY_PATTERN,
                    description: 'A category defined under sensitive (or a default one).'
                },
                uniqueItems: true,
                maxItems: 100,
                default: D.tests.exempt_categories
            }
        }),
        explanation: strictObject('The explanation rule (the PR body).', {
            max_words: {
                type: 'integer',
                minimum: 1,
                maximum: 100000,
                default: D.explanation.max_words,
                description: 'A PR body longer than this many words is flagged as too long to review.'
            }
        }),
        max_actions_per_run: {
            type: 'integer',
            minimum: 1,
            maximum: 1000000,
            default: D.max_actions_per_run,
            description: 'action-budget fires when the run manifest lists more actions than this.'
        },
        override: strictObject('The label a maintainer applies to approve a blocked PR.', {
            label: {
                type: 'string',
                minLength: 1,
                maxLength: 50,
                default: D.override.label,
                description: 'The label that approves every blocking finding on the current head commit.'
            },
            category_label_prefix: {
                type: 'string',
                minLength: 1,
                maxLength: 49,
                default: D.override.category_label_prefix,
                description: 'Prefix of labels that approve one sensitive category, e.g. agent-pr-gate/approve:secrets.'
            },
            min_role: {
                type: 'string',
                enum: ['read', 'triage', 'write', 'maintain', 'admin'],
                default: D.override.min_role,
                description: 'The lowest repository role whose label counts (read < triage < write < maintain < admin).'
            },
            allow_author: {
                type: 'boolean',
                default: D.override.allow_author,
                description: "The PR's author may approve their own PR."
            },
            allow_coauthors: {
                type: 'boolean',
                default: D.override.allow_coauthors,
                description: "People named in the head commits' Co-authored-by trailers may approve."
            }
        })
    }
};

/**
 * Reads `.github/agent-pr-gate.yml`: YAML -> schema validation -> merge over the defaults ->
 * cross-field checks -> a deep-frozen GateConfig. Every failure is a ConfigError naming the key.
 */
const CONFIG_MAX_BYTES = 1024 * 1024;
/** Far deeper than any config needs, far shallower than what overflows the YAML parser's stack. */
const MAX_NESTING = 200;
const validateConfig = createSchemaValidator(CONFIG_SCHEMA, {
    patternForms: CONFIG_PATTERN_FORMS,
    unknownKeyNoun: (parent) => (parent.length === 1 && parent[0] === 'rules' ? 'rule id' : 'key')
});
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
const FROZEN_DEFAULTS = deepFreeze(structuredClone(DEFAULT_CONFIG));
/** `rules.out-of-scope`, `agents.authors[2]`, `sensitive["a.b"]`. */
function formatKeyPath(segments) {
    let path = '';
    for (const segment of segments) {
        if (/^\d+$/.test(segment))
            path += `[${segment}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(segment))
            path += path === '' ? segment : `.${segment}`;
        else
            path += `[${JSON.stringify(sanitizeText(segment, 40))}]`;
    }
    return path;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Objects merge key by key; anything else (lists included) replaces the default. */
function mergeOver(base, override) {
    if (!isPlainObject(base) || !isPlainObject(override))
        return override;
    // fromEntries defines own properties, so even a `__proto__` key could not reach a prototype.
    return Object.fromEntries([
        ...Object.entries(base).map(([key, value]) => [
            key,
            Object.hasOwn(override, key) ? mergeOver(value, override[key]) : value
        ]),
        ...Object.entries(override).filter(([key]) => !Object.hasOwn(base, key))
    ]);
}
/** A cheap upper bound of the YAML nesting depth: indentation, block indicators, open brackets. */
function nestingBound(text) {
    let flow = 0;
    let worst = { depth: 0, line: 0 };
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        const indent = line.length - line.trimStart().length;
        const indicators = line.match(/(?:^|\s)[-?:](?=\s|$)/g)?.length ?? 0;
        let peak = flow;
        for (const char of line) {
            if (char === '[' || char === '{')
                peak = Math.max(peak, ++flow);
            else if ((char === ']' || char === '}') && flow > 0)
                flow--;
        }
        const depth = indent + indicators + peak;
        if (depth > worst.depth)
            worst = { depth, line: index + 1 };
    }
    return worst;
}
function fromSchemaProblem(problem) {
    if (problem.segments.length === 0) {
        return { path: '', message: `the top level ${problem.message}` };
    }
    return { path: formatKeyPath(problem.segments), message: problem.message };
}
function versionProblem(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return null;
    if (!Object.hasOwn(data, 'version')) {
        return { path: 'version', message: 'is missing; add `version: 1` as the first line' };
    }
    const version = data.version;
    return version === 1
        ? null
        : {
            path: 'version',
            message: `is ${previewValue(version)}; this release reads version 1 only: set \`version: 1\``
        };
}
function crossFieldProblems(config) {
    const problems = [];
    const { warn_below: warnBelow, block_below: blockBelow } = config.minimality;
    if (blockBelow > warnBelow) {
        problems.push({
            path: 'minimality.block_below',
            message: `is ${blockBelow}, above minimality.warn_below (${warnBelow}); lower block_below or raise warn_below so that block_below <= warn_below`
        });
    }
    config.require_human_approval_for.forEach((category, index) => {
        if (Object.hasOwn(config.sensitive, category))
            return;
        const suggestion = nearestName(category, Object.keys(config.sensitive));
        problems.push({
            path: `require_human_approval_for[${index}]`,
            message: `names ${previewValue(category)}, which is not a sensitive category; ${suggestion !== null ? `did you mean "${suggestion}"? Or ` : ''}define sensitive.${category} (categories: ${Object.keys(config.sensitive).join(', ')})`
        });
    });
    config.secrets.allow_patterns.forEach((pattern, index) => {
        try {
            new RegExp(pattern);
        }
        catch (error) {
            problems.push({
                path: `secrets.allow_patterns[${index}]`,
                message: `${previewValue(pattern)} is not a valid regular expression (${error instanceof Error ? sanitizeText(error.message, 120) : 'rejected'}); fix it or remove it`
            });
        }
    });
    return problems;
}
function parseYaml(text, source) {
    const document = distExports.parseDocument(text, {
        schema: 'core',
        uniqueKeys: true,
        strict: true,
        stringKeys: true,
        // `!!binary`, `!!set`... would produce Buffers and Sets: only plain JSON-like data is accepted.
        resolveKnownTags: false
    });
    const issues = [...document.errors, ...document.warnings];
    if (issues.length > 0) {
        throw new ConfigError(source, issues.slice(0, 10).map((issue) => ({
            path: '',
            message: `YAML syntax: ${sanitizeText(issue.message.split('\n')[0] ?? '', 200).replace(/:$/, '')}; fix the indentation, quoting or tag there`
        })));
    }
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const reason = error instanceof Error ? sanitizeText(error.message, 200) : 'unreadable';
        throw new ConfigError(source, [
            {
                path: '',
                message: `YAML could not be read (${reason}); remove the alias or anchor it names`
            }
        ], { cause: error });
    }
}
function parseConfigUnguarded(text, source) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > CONFIG_MAX_BYTES) {
        throw new ConfigError(source, [
            {
                path: '',
                message: `is ${bytes} bytes, over the ${CONFIG_MAX_BYTES}-byte limit; a gate config needs a few kilobytes`
            }
        ]);
    }
    const nesting = nestingBound(text);
    if (nesting.depth > MAX_NESTING) {
        throw new ConfigError(source, [
            {
                path: '',
                message: `nests deeper than ${MAX_NESTING} levels at line ${nesting.line}; a gate config needs only a few levels: un-indent or close brackets`
            }
        ]);
    }
    const data = parseYaml(text, source);
    if (data === null || data === undefined)
        return FROZEN_DEFAULTS;
    // A wrong version means the rest is in a format we do not know: only the version is reported.
    const version = versionProblem(data);
    if (version !== null)
        throw new ConfigError(source, [version]);
    const problems = validateConfig(data);
    if (problems.length > 0)
        throw new ConfigError(source, problems.map(fromSchemaProblem));
    const merged = mergeOver(structuredClone(DEFAULT_CONFIG), data);
    const config = merged;
    const crossField = crossFieldProblems(config);
    if (crossField.length > 0)
        throw new ConfigError(source, crossField);
    return deepFreeze(config);
}
/**
 * Parses, validates and merges a config over the defaults. An empty file yields the defaults.
 * Throws ConfigError only, naming `source`, each key path, the bad value and the fix.
 */
function parseConfig(text, source) {
    try {
        return parseConfigUnguarded(text, source);
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        const reason = error instanceof Error ? sanitizeText(error.message, 200) : String(error);
        throw new ConfigError(source, [
            {
                path: '',
                message: `could not be parsed (${reason}); simplify the file around the failing part`
            }
        ], { cause: error });
    }
}
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : undefined;
}
/**
 * Reads and parses the config at `path`. Absent and not required: the (frozen) defaults, with
 * source `defaults`. Absent and required, unreadable, or too large: ConfigError.
 */
async function loadConfigFile(path, options) {
    let text;
    try {
        const stats = await stat(path);
        if (stats.isDirectory()) {
            throw new ConfigError(path, [
                { path: '', message: 'is a directory; point the config option at the YAML file itself' }
            ]);
        }
        if (stats.size > CONFIG_MAX_BYTES) {
            throw new ConfigError(path, [
                {
                    path: '',
                    message: `is ${stats.size} bytes, over the ${CONFIG_MAX_BYTES}-byte limit; a gate config needs a few kilobytes`
                }
            ]);
        }
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        const code = errorCode(error);
        if ((code === 'ENOENT' || code === 'ENOTDIR') && !options.required) {
            return { config: FROZEN_DEFAULTS, source: 'defaults' };
        }
        const message = code === 'ENOENT' || code === 'ENOTDIR'
            ? 'does not exist; create it (start with `version: 1`) or point the config option at an existing file'
            : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}); check the path and its permissions`;
        throw new ConfigError(path, [{ path: '', message }], { cause: error });
    }
    return { config: parseConfig(text, path), source: path };
}

/** Fail closed: a change the gate could not see whole is never reported as "no findings". */
const dataFamily = {
    name: 'data',
    rules: [
        {
            id: 'incomplete-diff',
            defaultLevel: 'block',
            summary: 'The gate could not see the whole change (truncated diff, missing patches, file cap).'
        },
        {
            id: 'config-invalid',
            defaultLevel: 'block',
            summary: "The gate's configuration on the base branch is invalid, so defaults were used.",
            locked: true
        }
    ],
    detect({ changeSet, config }) {
        if (changeSet.complete)
            return { findings: [] };
        return {
            findings: [
                {
                    rule: 'incomplete-diff',
                    severity: config.fail_on_incomplete ? 'block' : 'warn',
                    message: `The gate could not see the whole change: ${changeSet.incompleteReason ?? 'reason unknown'}`,
                    why: 'Unseen lines cannot be checked, so the gate fails closed instead of reporting "no changes".',
                    fix: 'Split the PR, or have a maintainer review it and apply the approval label.'
                }
            ]
        };
    }
};

function actionBudget(manifest, limit) {
    const actions = manifest.actions ?? [];
    const highestSeq = actions.reduce((max, a) => (Number.isFinite(a.seq) ? Math.max(max, a.seq) : max), 0);
    // A gap in `seq` counts: leaving entries out must not shorten a run.
    const count = Math.max(actions.length, highestSeq);
    if (count <= limit)
        return [];
    return [
        {
            rule: 'action-budget',
            severity: 'warn',
            message: `The agent's run took ${count} actions, over the budget of ${limit}.`,
            evidence: { actions: actions.length, highestSeq, limit },
            why: 'A long run drifts: more actions mean more unreviewed decisions between the task and the diff.',
            fix: 'Skim the run log for detours; next time, split the task into smaller runs.'
        }
    ];
}

const WORD$1 = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const REASON = /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i;
/** Titles longer than this are cut before reading: a title is a line, not a document. */
const MAX_TITLE_CHARS = 300;
/** A conventional-commit prefix (`fix(api)!: `) and a trailing PR number (`(#123)`) name nothing. */
const CONVENTIONAL_PREFIX = /^[a-z]{1,20}(?:\([^()]{0,60}\))?!?:\s*/i;
/** Titles a tool or a hurried author leaves: they say that something changed, not what. */
const PLACEHOLDER_TITLE = /^(?:wip )?(?:fix|update|change|address|apply|make)(?:e?[sd])? (?:the |a |some |all |more )?(?:bugs?|code|files?|stuff|issues?|things|changes|fixes|updates|review comments|comments|suggestions)$/i;
/** GitHub's default title for a web edit names a file, not a change: `Update page.ts`. */
const FILE_TITLE = /^(?:update|create|delete|add|edit|rename)\s+[^\s/]*(?:\/[^\s/]*)*\.\w{1,10}$/i;
/** The fewest words that can name a change: a verb and what it acts on ("fix typo"). */
const MIN_TITLE_WORDS = 2;
/** The title names the change: two words or more once its prefix is gone, and no placeholder. */
function isClearTitle(title) {
    const text = title.slice(0, MAX_TITLE_CHARS).trim().replace(CONVENTIONAL_PREFIX, '');
    const named = withoutPrNumber(text);
    const words = named.match(WORD$1) ?? [];
    return (words.length >= MIN_TITLE_WORDS &&
        !PLACEHOLDER_TITLE.test(words.join(' ')) &&
        !FILE_TITLE.test(named));
}
/** Drops a trailing PR number, `(#123)`: it names nothing. */
function withoutPrNumber(text) {
    const open = text.lastIndexOf('(#');
    if (open === -1 || !text.endsWith(')'))
        return text;
    return /^\d{1,10}$/.test(text.slice(open + 2, -1)) ? text.slice(0, open).trimEnd() : text;
}
function explanationFindings(pr, maxWords) {
    const prose = withoutManifestBlocks(pr.body);
    const words = prose.match(WORD$1)?.length ?? 0;
    const clearTitle = isClearTitle(pr.title);
    const findings = [];
    if (words === 0 && !clearTitle) {
        findings.push({
            rule: 'explanation',
            severity: 'warn',
            message: 'The pull request has no description and its title does not say what the change does.',
            evidence: { words, maxWords, why: false, clearTitle },
            why: 'A reviewer judges a change against its purpose; here only the diff is left.',
            fix: 'Give the PR a title that names the change, or add a sentence on what it fixes and why.'
        });
    }
    else if (!REASON.test(prose) && !REASON.test(pr.title.slice(0, MAX_TITLE_CHARS))) {
        findings.push({
            rule: 'explanation',
            severity: 'info',
            message: words === 0
                ? 'The pull request has a clear title and no description.'
                : 'The pull request description says what changed but not why.',
            evidence: { words, maxWords, why: false, clearTitle },
            why: 'A reviewer judges a change against its reason.',
            fix: 'If the reason is not obvious from the title, say what was wrong and why this fixes it.'
        });
    }
    if (words > maxWords) {
        findings.push({
            rule: 'explanation',
            severity: 'info',
            message: `The pull request description is ${words} words, over the limit of ${maxWords}.`,
            evidence: { words, maxWords, why: true, clearTitle },
            why: 'A long description hides the one sentence a reviewer needs.',
            fix: `Keep the why and the risk under ${maxWords} words; put logs in a collapsed block or a link.`
        });
    }
    return findings;
}
const FENCE = '```';
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const AGENT_RUN = 'agent-run';
/**
 * The body without ```` ```agent-run ```` blocks and HTML comments, each replaced by a space.
 * Index scans, each text searched once: a body full of unclosed openers stays linear.
 */
function withoutManifestBlocks(body) {
    let out = '';
    let kept = 0;
    let pos = 0;
    let fences = true;
    let comments = true;
    while (fences || comments) {
        const fence = fences ? body.indexOf(FENCE, pos) : -1;
        const comment = comments ? body.indexOf(COMMENT_OPEN, pos) : -1;
        if (fence === -1)
            fences = false;
        if (comment === -1)
            comments = false;
        if (fence === -1 && comment === -1)
            break;
        if (comment !== -1 && (fence === -1 || comment < fence)) {
            const close = body.indexOf(COMMENT_CLOSE, comment + COMMENT_OPEN.length);
            if (close === -1) {
                comments = false;
                continue;
            }
            out += `${body.slice(kept, comment)} `;
            kept = pos = close + COMMENT_CLOSE.length;
            continue;
        }
        let at = runEnd(body, fence, 96);
        while (at < body.length && /\s/.test(body.charAt(at)))
            at++;
        pos = at;
        if (!body.startsWith(AGENT_RUN, at) || /\w/.test(body.charAt(at + AGENT_RUN.length)))
            continue;
        const close = body.indexOf(FENCE, at + AGENT_RUN.length);
        if (close === -1) {
            fences = false;
            continue;
        }
        out += `${body.slice(kept, fence)} `;
        kept = pos = runEnd(body, close, 96);
    }
    return out + body.slice(kept);
}
/** The end of the run of `code` characters starting at `at`. */
function runEnd(text, at, code) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === code)
        end++;
    return end;
}

/** A manifest is untrusted input: a longer list is not read further. */
const MAX_ATTEMPTS = 1000;
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out']);
function manifestFlips(tests) {
    const ordered = tests.slice(0, MAX_ATTEMPTS).sort((a, b) => a.attempt - b.attempt);
    const flips = [];
    const rows = [];
    /** Per tree (or commit): the tests failing on it, with the attempt and command that failed. */
    const failing = new Map();
    for (const attempt of ordered) {
        const state = attempt.tree
            ? `tree ${attempt.tree}`
            : attempt.commit
                ? `commit ${attempt.commit}`
                : null;
        const flipped = [];
        if (state !== null) {
            const open = failing.get(state) ?? new Map();
            failing.set(state, open);
            const passed = new Set(attempt.passed ?? []);
            for (const [test, at] of open) {
                const green = passed.has(test) ||
                    (attempt.status === 'passed' &&
                        (at.command === attempt.command || attempt.command.includes(test)));
                if (!green)
                    continue;
                flips.push({
                    source: 'manifest',
                    test,
                    identity: [test],
                    suiteLevel: test === at.command,
                    failed: at.attempt,
                    passed: attempt.attempt,
                    tree: attempt.tree ?? attempt.commit,
                    recorded: at.recorded && isRecorded(attempt)
                });
                flipped.push(test);
                open.delete(test);
            }
            if (attempt.status === 'failed' || attempt.status === 'error') {
                const names = attempt.failed && attempt.failed.length > 0 ? attempt.failed : [attempt.command];
                for (const test of names) {
                    if (!open.has(test)) {
                        const recorded = isRecorded(attempt);
                        open.set(test, { attempt: attempt.attempt, command: attempt.command, recorded });
                    }
                }
            }
        }
        rows.push({
            attempt: attempt.attempt,
            tree: attempt.tree ?? attempt.commit ?? null,
            status: attempt.status,
            flipped,
            source: isRecorded(attempt) ? 'agent-pr-gate record' : 'manifest'
        });
    }
    return { flips, rows };
}
function isRecorded(attempt) {
    return attempt.recorded_by === 'agent-pr-gate record';
}
function ciFlips(ci) {
    const flips = [];
    const rows = [];
    for (const runs of checkRunsByName(ci.checkRuns).values()) {
        const completed = runs.filter((r) => r.conclusion !== null);
        if (completed.length < 2)
            continue;
        const name = completed[0].name;
        const green = completed.at(-1).conclusion === 'success';
        const lastFailure = completed.findLastIndex((r) => FAILED_CONCLUSIONS.has(r.conclusion));
        const flipped = green && lastFailure >= 0;
        if (flipped) {
            flips.push({
                source: 'ci',
                test: `check run "${name}"`,
                identity: [name],
                suiteLevel: true,
                failed: lastFailure + 1,
                passed: completed.length
            });
        }
        completed.forEach((run, i) => rows.push({
            attempt: i + 1,
            tree: null,
            status: run.conclusion,
            flipped: flipped && i === completed.length - 1 ? [name] : [],
            source: `check run "${name}"`
        }));
    }
    for (const run of ci.workflowRuns) {
        if (run.attempts.length < 2)
            continue;
        const attempts = [...run.attempts].sort((a, b) => a.attempt - b.attempt);
        const last = attempts.at(-1);
        const lastFailure = attempts.findLast((a) => FAILED_CONCLUSIONS.has(a.conclusion ?? ''));
        const flipped = last.conclusion === 'success' && lastFailure !== undefined;
        if (flipped) {
            flips.push({
                source: 'ci',
                test: `workflow "${run.name}"`,
                identity: [run.name],
                suiteLevel: true,
                failed: lastFailure.attempt,
                passed: last.attempt
            });
        }
        for (const a of attempts) {
            rows.push({
                attempt: a.attempt,
                tree: null,
                status: a.conclusion ?? 'in progress',
                flipped: flipped && a === last ? [run.name] : [],
                source: `workflow "${run.name}"`
            });
        }
    }
    return { flips, rows };
}
function reportFlips(ci) {
    const flips = [];
    const rows = [];
    for (const report of ci.junit) {
        const found = junitFlips(report) ?? [];
        if (found.length === 0)
            continue;
        const names = [];
        for (const f of found) {
            const test = f.classname ? `${f.classname} > ${f.name}` : f.name;
            names.push(test);
            flips.push({
                source: 'junit',
                test,
                identity: [f.name, f.classname, f.file].filter((part) => part !== ''),
                suiteLevel: false,
                failed: f.failures,
                passed: f.failures + 1
            });
        }
        rows.push({
            attempt: found.reduce((most, f) => Math.max(most, f.failures + 1), 0),
            tree: null,
            status: 'passed on rerun',
            flipped: names,
            source: `JUnit ${report.path}`
        });
    }
    return { flips, rows };
}
/** Check runs grouped by app and name, oldest first. */
function checkRunsByName(runs) {
    const groups = new Map();
    const ordered = [...runs].sort((a, b) => compareText$1(a.startedAt ?? a.completedAt, b.startedAt ?? b.completedAt) || a.id - b.id);
    for (const run of ordered) {
        const key = `${run.appSlug ?? ''}\u0000${run.name}`;
        const group = groups.get(key);
        if (group)
            group.push(run);
        else
            groups.set(key, [run]);
    }
    return groups;
}
/** GitHub's timestamps are ISO-8601 UTC, so their text orders like their time. */
function compareText$1(a, b) {
    const x = a ?? '';
    const y = b ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}

/** Tool names agents use for writing files; reads, searches and shells are not edits. */
const EDIT_TOOL = /edit|write|patch|create|delete|remove|replace|move|rename|insert|apply/i;
function isEdit(action) {
    return EDIT_TOOL.test(action.tool);
}
/**
 * Milliseconds since the epoch of an ISO-8601 time with a zone (`Z` or `+02:00`), or null.
 * Computed by hand: the pure stages read no clock, and a manifest's times are only text.
 */
function isoMillis(text) {
    if (text === undefined)
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(text.trim());
    if (m === null)
        return null;
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const days = daysFromCivil(Number(y), Number(mo), Number(d));
    const ms = Number(((frac ?? '') + '000').slice(0, 3));
    let offset = 0;
    if (zone.toUpperCase() !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return ((days * 24 + Number(h)) * 60 + Number(mi)) * 60_000 + Number(s ?? 0) * 1000 + ms - offset;
}
/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/** Check and workflow names that run tests; a failing lint job does not contradict a test claim. */
const TEST_JOB = /\b(?:tests?|testing|specs?|jest|vitest|mocha|pytest|junit|e2e|unit|integration|ci|build)\b/i;
const FAILED = new Set(['failure', 'timed_out']);
const WHY$d = 'A claim of green tests that the head does not back is what a reviewer would trust instead of checking.';
const FIX$8 = 'Run the tests on the head commit and record that attempt in the manifest; CI must pass on the head.';
function runClaimMismatches(changeSet, manifest) {
    const tests = manifest.tests ?? [];
    if (tests.length === 0)
        return [];
    const claim = tests.reduce((a, b) => (b.attempt >= a.attempt ? b : a));
    if (claim.status !== 'passed')
        return [];
    const findings = [];
    const stale = staleCommit(changeSet, claim);
    if (stale)
        findings.push(stale);
    const edited = editedAfter(manifest, claim);
    if (edited)
        findings.push(edited);
    const ci = failingCi(changeSet, claim);
    if (ci)
        findings.push(ci);
    return findings;
}
function headCommit(changeSet) {
    const head = changeSet.pr?.headSha ?? changeSet.head;
    return head && /^[0-9a-f]{40}$/i.test(head) ? head.toLowerCase() : null;
}
function staleCommit(changeSet, claim) {
    const head = headCommit(changeSet);
    const commit = claim.commit?.trim().toLowerCase();
    if (!head || !commit || !/^[0-9a-f]{7,40}$/.test(commit) || head.startsWith(commit))
        return null;
    const earlier = changeSet.commits.some((c) => c.sha.toLowerCase().startsWith(commit));
    return {
        rule: 'run-claim-mismatch',
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}) on commit ${commit.slice(0, 12)}, but the pull request's head is ${head.slice(0, 12)}${earlier ? ': an earlier commit of this PR, so later commits were never tested by the agent' : ''}.`,
        evidence: { attempt: claim.attempt, claimed: commit, head, earlierCommitOfPr: earlier },
        why: WHY$d,
        fix: FIX$8
    };
}
function editedAfter(manifest, claim) {
    const passedAt = isoMillis(claim.at);
    if (passedAt === null)
        return null;
    const edits = (manifest.actions ?? []).filter((a) => {
        const at = isoMillis(a.at);
        return at !== null && at > passedAt && isEdit(a);
    });
    if (edits.length === 0)
        return null;
    const paths = [...new Set(edits.flatMap((a) => a.paths ?? []))];
    return {
        rule: 'run-claim-mismatch',
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}), but its own log shows ${edits.length} edit${edits.length === 1 ? '' : 's'} after that run${paths.length > 0 ? ` (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', ...' : ''})` : ''}: the passing tree is not the one in this PR.`,
        evidence: {
            attempt: claim.attempt,
            editsAfter: edits.map((a) => a.seq),
            paths: paths.slice(0, 50)
        },
        why: WHY$d,
        fix: FIX$8
    };
}
function failingCi(changeSet, claim) {
    const ci = changeSet.ci;
    if (!ci)
        return null;
    const failing = [];
    for (const runs of checkRunsByName(ci.checkRuns).values()) {
        const latest = runs.filter((r) => r.conclusion !== null).at(-1);
        if (latest && FAILED.has(latest.conclusion) && TEST_JOB.test(latest.name)) {
            failing.push(`check run "${latest.name}" (${latest.conclusion})`);
        }
    }
    for (const run of ci.workflowRuns) {
        if (run.conclusion !== null && FAILED.has(run.conclusion) && TEST_JOB.test(run.name)) {
            failing.push(`workflow "${run.name}" attempt ${run.runAttempt} (${run.conclusion})`);
        }
    }
    if (failing.length === 0)
        return null;
    return {
        rule: 'run-claim-mismatch',
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}), but CI on the head commit says otherwise: ${failing.slice(0, 5).join('; ')}${failing.length > 5 ? '; ...' : ''}.`,
        evidence: { attempt: claim.attempt, failing },
        why: WHY$d,
        fix: FIX$8
    };
}

const range$1 = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range$1('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};

// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};

/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};

// parse a single path portion
var _a;
const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape$1 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark$1 = '[^/]';
// * => any number of characters
const star$1 = qmark$1 + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark$1 + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star$1 +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star$1;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark$1;
                hasMagic = true;
                continue;
            }
            re += regExpEscape$1(c);
        }
        return [re, unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;

/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};

const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

/** Reading `source_refs` and manifest paths: a file, a line range in one, a folder, or a glob. */
function normalizeRef(ref) {
    return ref
        .trim()
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .replace(/#[^]*/, '')
        .replace(/:\d+(?:-\d+)?$/, '');
}
/** True when a snapshot that read `refs` had `path` in view. */
function refsCover(refs, path) {
    for (const raw of refs) {
        const ref = normalizeRef(raw);
        if (ref === '')
            continue;
        if (ref === path)
            return true;
        if (path.startsWith(ref.endsWith('/') ? ref : `${ref}/`))
            return true;
        if (/[*?[{]/.test(ref) &&
            minimatch(path, ref, { dot: true, nonegate: true, nocomment: true })) {
            return true;
        }
    }
    return false;
}

/** Past this many files, the rest are named in one finding. */
const PER_FILE_FINDINGS = 20;
function untracedChanges(changeSet, manifest) {
    const snapshots = manifest.context_snapshots ?? [];
    if (snapshots.length === 0)
        return [];
    const latest = snapshots.reduce((a, b) => (b.version >= a.version ? b : a));
    const changed = new Set(changeSet.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path])));
    const { basis, after } = changedAfter(manifest, snapshots, latest, changeSet);
    const untraced = [];
    for (const [path, snapshot] of after) {
        if (changed.has(path) && !refsCover(snapshot.source_refs, path))
            untraced.push({ path, snapshot });
    }
    untraced.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const findings = untraced.slice(0, PER_FILE_FINDINGS).map(({ path, snapshot }) => ({
        rule: 'untraced-change',
        severity: 'warn',
        message: `${path} changed after context snapshot ${snapshot.version}, which does not reference it: the agent edited a file it had not seen since it compacted its context.`,
        path,
        evidence: { snapshot: snapshot.version, basis },
        why: WHY$c,
        fix: FIX$7
    }));
    const rest = untraced.slice(PER_FILE_FINDINGS);
    if (rest.length > 0) {
        findings.push({
            rule: 'untraced-change',
            severity: 'warn',
            message: `${rest.length} more files changed after a context snapshot that does not reference them: ${rest
                .slice(0, 20)
                .map((u) => u.path)
                .join(', ')}${rest.length > 20 ? ', ...' : ''}.`,
            evidence: { files: rest.map((u) => u.path), basis },
            why: WHY$c,
            fix: FIX$7
        });
    }
    return findings;
}
const WHY$c = 'An edit made without the file in context is a guess about code the agent no longer saw.';
const FIX$7 = "Review these files closely, or rerun the agent with them in context; list them in the snapshot's source_refs.";
function changedAfter(manifest, snapshots, latest, changeSet) {
    const after = new Map();
    if (manifest.changes) {
        const byVersion = new Map(snapshots.map((s) => [s.version, s]));
        for (const change of manifest.changes) {
            const snapshot = change.after_snapshot === undefined
                ? latest
                : (byVersion.get(change.after_snapshot) ?? latest);
            after.set(normalizeRef(change.path), snapshot);
        }
        return { basis: 'changes', after };
    }
    const timed = snapshots
        .filter((s) => s.after_action !== undefined)
        .sort((a, b) => a.after_action - b.after_action);
    const edits = (manifest.actions ?? []).filter((a) => isEdit(a) && (a.paths?.length ?? 0) > 0);
    if (timed.length > 0 && edits.length > 0) {
        for (const action of edits) {
            const snapshot = timed.findLast((s) => s.after_action < action.seq);
            if (snapshot === undefined)
                continue;
            for (const path of action.paths)
                after.set(normalizeRef(path), snapshot);
        }
        return { basis: 'actions', after };
    }
    for (const file of changeSet.files)
        after.set(file.path, latest);
    return { basis: 'assumed', after };
}

const RULES$2 = [
    {
        id: 'action-budget',
        // Many actions are a cost, not a risk in the diff: a maintainer reads it, nothing to approve.
        defaultLevel: 'warn',
        summary: 'The agent run took more actions than `max_actions_per_run`.'
    },
    {
        id: 'untraced-change',
        defaultLevel: 'warn',
        summary: 'A file changed after a context snapshot that does not reference it.'
    },
    {
        id: 'run-claim-mismatch',
        defaultLevel: 'block',
        summary: 'The manifest says tests passed on something other than the head, or CI disagrees.'
    },
    {
        id: 'explanation',
        defaultLevel: 'warn',
        summary: 'The PR has no description and a vague title (warn); a body with no reason or over `explanation.max_words` is info.'
    }
];
const disciplineFamily = {
    name: 'discipline',
    rules: RULES$2,
    detect({ changeSet, config, isAgent }) {
        const findings = [];
        if (changeSet.manifest.status === 'present') {
            const { manifest } = changeSet.manifest;
            const found = [
                actionBudget(manifest, config.max_actions_per_run),
                untracedChanges(changeSet, manifest),
                runClaimMismatches(changeSet, manifest)
            ];
            for (const list of found)
                for (const item of list)
                    findings.push(item);
        }
        if (isAgent && changeSet.pr) {
            for (const item of explanationFindings(changeSet.pr, config.explanation.max_words))
                findings.push(item);
        }
        return { findings };
    }
};

/** Problems listed one by one; the rest are counted in one more finding. */
const MAX_LISTED_PROBLEMS = 20;
function problemFinding(source, problem) {
    const where = problem.pointer === '' ? 'the document' : problem.pointer;
    return {
        rule: 'run-manifest-invalid',
        severity: 'warn',
        message: `Run manifest from ${source} is invalid at ${where}: ${problem.message}`,
        evidence: { source, pointer: problem.pointer },
        why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
        fix: `Correct ${where} in the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).`
    };
}
/** Whether the agent attached a readable run manifest (agent-run/v1). */
const manifestFamily = {
    name: 'manifest',
    rules: [
        {
            id: 'run-manifest-missing',
            // The gate is fully useful without a manifest, and few agents write one yet.
            defaultLevel: 'info',
            summary: 'An agent-authored PR carries no run manifest.'
        },
        {
            id: 'run-manifest-invalid',
            // A broken manifest hides no more than an absent one: it warns so the author can fix it.
            defaultLevel: 'warn',
            summary: 'The run manifest does not match agent-run/v1.'
        }
    ],
    detect({ changeSet, isAgent }) {
        const state = changeSet.manifest;
        if (state.status === 'absent') {
            if (!isAgent)
                return { findings: [] };
            return {
                findings: [
                    {
                        rule: 'run-manifest-missing',
                        severity: 'info',
                        message: 'This agent-authored PR has no run manifest (agent-run/v1): every diff check ran; scope, test attempts and actions were not checked.',
                        why: 'With a manifest the gate also checks what the agent was asked, ran and retried.',
                        fix: "Optional: attach one: point the action's `manifest` input (CLI: --manifest) at the file the agent wrote, or add an ```agent-run fenced block with the JSON to the PR body."
                    }
                ]
            };
        }
        if (state.status === 'present')
            return { findings: [] };
        const listed = state.problems.slice(0, MAX_LISTED_PROBLEMS);
        const findings = listed.map((problem) => problemFinding(state.source, problem));
        const rest = state.problems.length - listed.length;
        if (rest > 0) {
            findings.push({
                rule: 'run-manifest-invalid',
                severity: 'warn',
                message: `Run manifest from ${state.source} has ${rest} more problem${rest === 1 ? '' : 's'} not listed here.`,
                evidence: { source: state.source, unlisted: rest },
                why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
                fix: 'Fix the problems above, then re-run the gate to see the rest.'
            });
        }
        return { findings };
    }
};

/**
 * Lines longer than this are minified, generated or data (hand-written code stays far below it):
 * they are not tokenized but read as one opaque token, their text with white space runs
 * collapsed, so re-indenting one is still layout while the scan stays linear in its length.
 */
const MAX_TOKENIZED_LINE = 2_000;
/** A long line as one token: equal to another only when equal modulo white space runs. */
function opaqueLine(text) {
    return {
        tokens: [{ kind: 'string', text: 'L' + text.trim().replace(/\s+/g, ' ') }],
        comment: '',
        indent: indentWidth(text),
        statementStart: false
    };
}
function indentWidth(text, start = 0, end = text.length) {
    let width = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 32)
            width++;
        else if (c === 9)
            width = (Math.floor(width / 8) + 1) * 8;
        else
            break;
    }
    return width;
}
/** Comment text reduced to its words, so re-wrapping or re-spacing a comment is layout. */
function commentWords(raw) {
    return raw
        .split(/\s+/)
        .filter((word) => word !== '' && !/^[*/#]+$/.test(word))
        .join(' ');
}
function isWordStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}
function isWordPart(c) {
    return isWordStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** String content with escaped quotes unescaped, so `'it\'s'` and `"it's"` compare equal. */
function unescapeQuotes(content) {
    if (!content.includes('\\'))
        return content;
    let out = '';
    for (let i = 0; i < content.length; i++) {
        const c = content[i];
        if (c === '\\' && i + 1 < content.length) {
            const next = content[i + 1];
            out += next === '"' || next === "'" ? next : c + next;
            i++;
        }
        else
            out += c;
    }
    return out;
}

function cFamilyTokenizer(rules) {
    return (lines) => {
        if (startsInsideComment(lines))
            return scanSide$1(lines, rules, 'block').lines;
        const side = scanSide$1(lines, rules, 'code');
        return side.state.strayCommentEnd ? scanSide$1(lines, rules, 'block').lines : side.lines;
    };
}
/** A first line like ` * @param x` continues a block comment opened above the hunk. */
function startsInsideComment(lines) {
    for (const line of lines) {
        const trimmed = line.trim();
        if (trimmed === '')
            continue;
        return trimmed === '*' || trimmed.startsWith('* ') || trimmed.startsWith('*/');
    }
    return false;
}
function scanSide$1(lines, rules, mode) {
    const state = {
        mode,
        braces: [],
        afterValue: false,
        strayCommentEnd: false,
        openedComment: false
    };
    // A long line leaves the scan state as it found it: minified code opens and closes its own.
    const out = lines.map((text) => text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine$1(text, state, rules));
    return { lines: out, state };
}
function scanLine$1(text, st, rules) {
    const tokens = [];
    const statementStart = st.mode === 'code';
    let comment = '';
    let i = 0;
    const n = text.length;
    // Characters regex literal scans may read on this line: a failed scan reads to the line's end,
    // so without a budget a line of `(/[` repeated is quadratic. Past it, `/` is punctuation.
    let regexBudget = 4 * n + 256;
    while (i < n) {
        if (st.mode === 'block') {
            const end = text.indexOf('*/', i);
            comment += ' ' + text.slice(i, end < 0 ? n : end);
            if (end < 0)
                break;
            i = end + 2;
            st.mode = 'code';
            continue;
        }
        if (st.mode === 'template') {
            let j = i;
            while (j < n) {
                const c = text.charCodeAt(j);
                if (c === 92)
                    j += 2;
                else if (c === 96 || (c === 36 && text.charCodeAt(j + 1) === 123))
                    break;
                else
                    j++;
            }
            tokens.push({ kind: 'string', text: 'T' + text.slice(i, Math.min(j, n)) });
            if (j >= n)
                break;
            if (text.charCodeAt(j) === 96) {
                st.mode = 'code';
                st.afterValue = true;
                i = j + 1;
            }
            else {
                tokens.push({ kind: 'punct', text: '${' });
                st.braces.push(0);
                st.mode = 'code';
                st.afterValue = false;
                i = j + 2;
            }
            continue;
        }
        if (st.mode === 'raw' || st.mode === 'textblock') {
            const close = st.mode === 'raw' ? '`' : '"""';
            const end = text.indexOf(close, i);
            tokens.push({ kind: 'string', text: close + text.slice(i, end < 0 ? n : end) });
            if (end < 0)
                break;
            i = end + close.length;
            st.mode = 'code';
            st.afterValue = true;
            continue;
        }
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 12 || c === 11) {
            i++;
            continue;
        }
        const next = text.charCodeAt(i + 1);
        if (c === 47 && next === 47) {
            comment += ' ' + text.slice(i + 2);
            break;
        }
        if (c === 47 && next === 42) {
            st.mode = 'block';
            st.openedComment = true;
            i += 2;
            continue;
        }
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < n && isWordPart(text.charCodeAt(j)))
                j++;
            const word = text.slice(i, j);
            const keyword = rules.keywords.has(word);
            tokens.push({ kind: keyword ? 'keyword' : 'word', text: word });
            st.afterValue = !keyword || rules.valueKeywords.has(word);
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(next))) {
            const j = numberEnd(text, i);
            tokens.push({ kind: 'number', text: rules.canonicalNumber(text.slice(i, j)) });
            st.afterValue = true;
            i = j;
            continue;
        }
        if (c === 34 && rules.textBlocks && text.startsWith('"""', i)) {
            st.mode = 'textblock';
            i += 3;
            continue;
        }
        if (c === 34 || (c === 39 && rules.singleQuote === 'string')) {
            const j = quotedEnd(text, i, c);
            const content = text.slice(i + 1, j < n ? j : n);
            tokens.push({ kind: 'string', text: stringText(rules, text[i], content) });
            st.afterValue = true;
            i = j + 1;
            continue;
        }
        if (c === 39) {
            const j = charLiteralEnd(text, i);
            if (j > 0) {
                tokens.push({ kind: 'string', text: text.slice(i, j + 1) });
                st.afterValue = true;
                i = j + 1;
                continue;
            }
        }
        if (c === 96 && (rules.templates || rules.rawBackticks)) {
            st.mode = rules.templates ? 'template' : 'raw';
            i++;
            continue;
        }
        // `</` closes a JSX tag: never a regex.
        const jsxClose = tokens.length > 0 && tokens[tokens.length - 1].text === '<';
        if (c === 47 && rules.regexLiterals && !st.afterValue && !jsxClose && regexBudget > 0) {
            const j = regexEnd(text, i);
            regexBudget -= (j > 0 ? j : n) - i;
            if (j > 0) {
                tokens.push({ kind: 'string', text: text.slice(i, j) });
                st.afterValue = true;
                i = j;
                continue;
            }
        }
        if (c === 42 && next === 47 && !st.openedComment)
            st.strayCommentEnd = true;
        if (st.braces.length > 0 && (c === 123 || c === 125)) {
            const top = st.braces.length - 1;
            if (c === 123)
                st.braces[top]++;
            else if (st.braces[top] > 0)
                st.braces[top]--;
            else {
                st.braces.pop();
                tokens.push({ kind: 'punct', text: '}' });
                st.mode = 'template';
                i++;
                continue;
            }
        }
        const op = operatorAt(text, i, rules.operators);
        tokens.push({ kind: 'punct', text: op });
        st.afterValue = c === 41 || c === 93 || c === 125;
        i += op.length;
    }
    return { tokens, comment: commentWords(comment), indent: indentWidth(text), statementStart };
}
function stringText(rules, quote, content) {
    return rules.stringsByValue ? 'S' + unescapeQuotes(content) : quote + content;
}
function operatorAt(text, i, operators) {
    // Every multi-character operator continues with punctuation: skip the slices otherwise.
    const next = text.charCodeAt(i + 1);
    if (!(next > 32 && next < 127) || isWordPart(next))
        return text[i];
    for (let len = 4; len >= 2; len--) {
        const candidate = text.slice(i, i + len);
        if (candidate.length === len && operators.has(candidate))
            return candidate;
    }
    return text[i];
}
function numberEnd(text, start) {
    let j = start;
    const hex = text[j] === '0' && (text[j + 1] === 'x' || text[j + 1] === 'X');
    let dot = text.charCodeAt(j) === 46;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isWordPart(c))
            j++;
        // One decimal point, before a digit: `self.0.opts` and `1..2` are not one number.
        else if (c === 46 && !dot && j > start && isDigit(text.charCodeAt(j + 1))) {
            dot = true;
            j++;
        }
        else if (c === 46 && j === start)
            j++;
        else if (!hex && (c === 43 || c === 45) && /[eE]/.test(text[j - 1]))
            j++;
        else
            break;
    }
    return j;
}
/** Index of the closing quote, or the line's length when the string runs to the end. */
function quotedEnd(text, start, quote) {
    let j = start + 1;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 92)
            j += 2;
        else if (c === quote)
            return j;
        else
            j++;
    }
    return text.length;
}
/** `'a'`, `'\n'`, `'\u00e9'`: else the quote is punctuation (a Rust lifetime, a prime). */
function charLiteralEnd(text, start) {
    if (text[start + 1] === '\\') {
        const end = text.indexOf("'", start + 2);
        return end > 0 && end - start <= 12 ? end : -1;
    }
    const cp = text.codePointAt(start + 1);
    if (cp === undefined)
        return -1;
    const end = start + 1 + (cp > 0xffff ? 2 : 1);
    return text[end] === "'" ? end : -1;
}
function regexEnd(text, start) {
    let j = start + 1;
    let inClass = false;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else {
            if (c === '[')
                inClass = true;
            else if (c === ']')
                inClass = false;
            else if (c === '/' && !inClass) {
                if (j === start + 1)
                    return -1;
                j++;
                while (j < text.length && isWordPart(text.charCodeAt(j)))
                    j++;
                return j;
            }
            j++;
        }
    }
    return -1;
}

/** Keywords and predeclared identifiers: renaming `int` to `int64` changes a type, not a name. */
const KEYWORDS$3 = new Set(('break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var bool byte complex64 ' +
    'complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 ' +
    'uint32 uint64 uintptr true false iota nil any comparable append cap clear close complex ' +
    'copy delete imag len make max min new panic print println real recover').split(' '));
const VALUE_KEYWORDS$2 = new Set(['true', 'false', 'nil', 'iota']);
const OPERATORS$3 = new Set('<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^'.split(' '));
/** Go: runes in single quotes, raw strings in backticks; gofmt lowercases `0X` and `E`. */
const goTokenizer = cFamilyTokenizer({
    keywords: KEYWORDS$3,
    valueKeywords: VALUE_KEYWORDS$2,
    operators: OPERATORS$3,
    singleQuote: 'char',
    templates: false,
    rawBackticks: true,
    textBlocks: false,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
});

const KEYWORDS$2 = new Set(('abstract assert boolean break byte case catch char class const continue default do double ' +
    'else enum extends final finally float for goto if implements import instanceof int ' +
    'interface long native new package private protected public return short static strictfp ' +
    'super switch synchronized this throw throws transient try void volatile while true false ' +
    'null var record yield sealed permits').split(' '));
const VALUE_KEYWORDS$1 = new Set(['this', 'super', 'true', 'false', 'null']);
const OPERATORS$2 = new Set('>>>= <<= >>= >>> ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >>'.split(' '));
/** Java: char literals in single quotes, text blocks in triple quotes, `10L` is `10l`. */
const javaTokenizer = cFamilyTokenizer({
    keywords: KEYWORDS$2,
    valueKeywords: VALUE_KEYWORDS$1,
    operators: OPERATORS$2,
    singleQuote: 'char',
    templates: false,
    rawBackticks: false,
    textBlocks: true,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
});

const KEYWORDS$1 = new Set(('abstract any async await bigint boolean break case catch class const continue debugger ' +
    'declare default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface keyof let namespace never new null number ' +
    'object private protected public readonly return satisfies static string super switch ' +
    'symbol this throw true try typeof undefined unknown var void while with yield').split(' '));
const VALUE_KEYWORDS = new Set(['this', 'super', 'true', 'false', 'null', 'undefined']);
const OPERATORS$1 = new Set(('>>>= ... === !== **= <<= >>= >>> &&= ||= ??= => == != <= >= && || ?? ?. ++ -- += -= *= ' +
    '/= %= &= |= ^= ** << >>').split(' '));
/** JavaScript numbers compare by value: Prettier rewrites `1.50`, `.5`, `0XAB`, `1E+10`. */
function canonicalNumber(text) {
    const lower = text.toLowerCase().replace(/_/g, '');
    if (lower.endsWith('n'))
        return lower;
    const value = Number(lower);
    return Number.isNaN(value) ? lower : String(value);
}
/** JavaScript and TypeScript, JSX included: templates, regex literals, quote style as layout. */
const javascriptTokenizer = cFamilyTokenizer({
    keywords: KEYWORDS$1,
    valueKeywords: VALUE_KEYWORDS,
    operators: OPERATORS$1,
    singleQuote: 'string',
    templates: true,
    rawBackticks: false,
    textBlocks: false,
    regexLiterals: true,
    stringsByValue: true,
    canonicalNumber
});

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try ' +
    'while with yield').split(' '));
const OPERATORS = new Set('**= //= >>= <<= -> := == != <= >= ** // << >> += -= *= /= %= &= |= ^= @='.split(' '));
const PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
/** Python: `#` comments, prefixed and triple-quoted strings, docstrings, logical lines. */
const pythonTokenizer = (lines) => {
    const asCode = scanSide(lines, null);
    if (asCode.prose < 2)
        return asCode.lines;
    const quote = lines.join('\n').includes("'''") && !lines.join('\n').includes('"""') ? "'''" : '"""';
    const asDocstring = scanSide(lines, { quote, prefix: '', statement: true, fragments: [] });
    return asDocstring.prose < asCode.prose ? asDocstring.lines : asCode.lines;
};
function scanSide(lines, open) {
    const state = { open, depth: 0, continued: false, prose: 0 };
    // A long line leaves the scan state as it found it (see MAX_TOKENIZED_LINE).
    const out = lines.map((text) => text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine(text, state));
    // A docstring still open where the hunk ends is a docstring all the same.
    if (state.open?.statement)
        demoteToComment(state.open);
    return { lines: out, prose: state.prose };
}
function scanLine(text, st) {
    const line = {
        tokens: [],
        comment: '',
        indent: indentWidth(text),
        statementStart: st.open === null && st.depth === 0 && !st.continued && text.trim() !== ''
    };
    let comment = '';
    let i = 0;
    const n = text.length;
    // Where a trailing `\\` continues the line: measured once, not per backslash.
    const lastCode = text.trimEnd().length - 1;
    st.continued = false;
    while (i < n) {
        if (st.open !== null) {
            i = continueString(text, i, st.open, line);
            if (i < 0)
                break;
            const closed = st.open;
            st.open = null;
            if (closed.statement && restIsBlank(text, i))
                demoteToComment(closed);
            continue;
        }
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 12) {
            i++;
            continue;
        }
        if (c === 35) {
            comment += ' ' + text.slice(i + 1);
            break;
        }
        if (c === 92 && i === lastCode) {
            st.continued = true;
            break;
        }
        const atStatement = line.statementStart && line.tokens.length === 0;
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < n && isWordPart(text.charCodeAt(j)))
                j++;
            const word = text.slice(i, j);
            const q = text[j];
            if ((q === '"' || q === "'") && PREFIXES.has(word.toLowerCase())) {
                i = openString(text, j, word, atStatement, st, line);
                continue;
            }
            const keyword = KEYWORDS.has(word);
            const previous = line.tokens[line.tokens.length - 1];
            if (!keyword && previous?.kind === 'word' && st.depth === 0)
                st.prose++;
            line.tokens.push({ kind: keyword ? 'keyword' : 'word', text: word });
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
            const j = numberEnd(text, i);
            line.tokens.push({ kind: 'number', text: text.slice(i, j).toLowerCase() });
            i = j;
            continue;
        }
        if (c === 34 || c === 39) {
            i = openString(text, i, '', atStatement, st, line);
            continue;
        }
        if (c === 40 || c === 91 || c === 123)
            st.depth++;
        else if ((c === 41 || c === 93 || c === 125) && st.depth > 0)
            st.depth--;
        const op = operatorAt(text, i, OPERATORS);
        line.tokens.push({ kind: 'punct', text: op });
        i += op.length;
    }
    line.comment = commentWords((line.comment + ' ' + comment).trim());
    return line;
}
/** Opens a string at the quote `at`; returns where scanning resumes. */
function openString(text, at, rawPrefix, atStatement, st, line) {
    const prefix = [...rawPrefix.toLowerCase().replace('u', '')].sort().join('');
    const triple = text.slice(at, at + 3);
    const open = {
        quote: triple === '"""' || triple === "'''" ? triple : text[at],
        prefix,
        statement: atStatement,
        fragments: []
    };
    const resume = continueString(text, at + open.quote.length, open, line);
    if (resume < 0) {
        if (open.quote.length === 3)
            st.open = open;
        return text.length;
    }
    if (open.statement && restIsBlank(text, resume))
        demoteToComment(open);
    return resume;
}
/** Adds the string's fragment on this line; returns the index after the close, or -1. */
function continueString(text, from, open, line) {
    const raw = open.prefix.includes('r');
    let end = -1;
    if (open.quote.length === 1) {
        const close = raw
            ? text.indexOf(open.quote, from)
            : quotedEnd(text, from - 1, open.quote.charCodeAt(0));
        end = close >= 0 && close < text.length ? close : -1;
    }
    else {
        let j = from;
        while (j < text.length) {
            if (text[j] === '\\' && !raw)
                j += 2;
            else if (text.startsWith(open.quote, j)) {
                end = j;
                break;
            }
            else
                j++;
        }
    }
    const content = text.slice(from, end < 0 ? text.length : end);
    const token = { kind: 'string', text: 'S' + open.prefix + ':' + unescapeQuotes(content) };
    line.tokens.push(token);
    open.fragments.push({ line, text: content });
    return end < 0 ? (open.quote.length === 1 ? text.length : -1) : end + open.quote.length;
}
function restIsBlank(text, from) {
    const rest = text.slice(from).trim();
    return rest === '' || rest.startsWith('#');
}
/** A string statement is a no-op: its fragments move from code tokens to comment words. */
function demoteToComment(open) {
    for (const { line, text } of open.fragments) {
        line.tokens.pop();
        line.comment = commentWords(line.comment + ' ' + text);
    }
}

const C_KEYWORDS = new Set(('if else for while do switch case default break continue return goto struct union enum ' +
    'typedef sizeof static const void int char float double long short unsigned signed class ' +
    'public private protected virtual namespace template typename using new delete this true ' +
    'false null nullptr fn let mut impl pub use mod match trait where self val var fun object').split(' '));
/** C, C++, C#, Rust, Kotlin, Swift, Scala, PHP...: `//` and block comments, no templates. */
const cFamilyGenericTokenizer = cFamilyTokenizer({
    keywords: C_KEYWORDS,
    valueKeywords: new Set(['this', 'self', 'true', 'false', 'null', 'nullptr']),
    operators: new Set('<<= >>= ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >> =>'.split(' ')),
    singleQuote: 'char',
    templates: false,
    rawBackticks: false,
    textBlocks: false,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
});
/** Words, numbers and single punctuation; `#` opens a comment at a word boundary when asked. */
function plainTokenizer(hashComments) {
    return (lines) => lines.map((text) => text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : plainLine(text, hashComments));
}
function plainLine(text, hashComments) {
    const tokens = [];
    let comment = '';
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9) {
            i++;
        }
        else if (c === 35 && hashComments && (i === 0 || /\s/.test(text[i - 1]))) {
            comment = text.slice(i + 1);
            break;
        }
        else if (isWordPart(c)) {
            let j = i + 1;
            while (j < text.length && isWordPart(text.charCodeAt(j)))
                j++;
            tokens.push({ kind: isDigit(c) ? 'number' : 'word', text: text.slice(i, j) });
            i = j;
        }
        else if (!hashComments && (c === 45 || c === 61) && ruleLength(text, i) >= 3) {
            // A Markdown table separator or heading underline re-padded keeps its meaning.
            tokens.push({ kind: 'punct', text: text[i].repeat(3) });
            i += ruleLength(text, i);
        }
        else if (!hashComments &&
            (c === 42 || c === 43) &&
            tokens.length === 0 &&
            spaceAt(text, i + 1)) {
            // A Markdown list marker, which formatters rewrite as `-`.
            tokens.push({ kind: 'punct', text: '-' });
            i++;
        }
        else {
            tokens.push({ kind: 'punct', text: text[i] });
            i++;
        }
    }
    return { tokens, comment: commentWords(comment), indent: indentWidth(text), statementStart: true };
}
/** How many times the character at `i` repeats from there. */
function ruleLength(text, i) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) === text.charCodeAt(i))
        j++;
    return j - i;
}
function spaceAt(text, i) {
    const c = text.charCodeAt(i);
    return c === 32 || c === 9;
}
/** Shell, YAML, TOML, Ruby, Perl, R, Makefiles: `#` comments. */
const hashCommentTokenizer = plainTokenizer(true);
/** Prose, markup and unknown formats: only words and punctuation count. */
const textTokenizer = plainTokenizer(false);

/** Extension -> language; a Map, since extensions come from the diff (`x.constructor`). */
const BY_EXTENSION = new Map([
    ['js', 'javascript'],
    ['mjs', 'javascript'],
    ['cjs', 'javascript'],
    ['jsx', 'javascript'],
    ['ts', 'typescript'],
    ['mts', 'typescript'],
    ['cts', 'typescript'],
    ['tsx', 'typescript'],
    ['py', 'python'],
    ['pyi', 'python'],
    ['go', 'go'],
    ['java', 'java'],
    ['c', 'c-family'],
    ['h', 'c-family'],
    ['cc', 'c-family'],
    ['cpp', 'c-family'],
    ['cxx', 'c-family'],
    ['hpp', 'c-family'],
    ['cs', 'c-family'],
    ['rs', 'c-family'],
    ['kt', 'c-family'],
    ['kts', 'c-family'],
    ['swift', 'c-family'],
    ['scala', 'c-family'],
    ['dart', 'c-family'],
    ['php', 'c-family'],
    ['sh', 'hash'],
    ['bash', 'hash'],
    ['zsh', 'hash'],
    ['yml', 'hash'],
    ['yaml', 'hash'],
    ['toml', 'hash'],
    ['rb', 'hash'],
    ['pl', 'hash'],
    ['r', 'hash'],
    ['cfg', 'hash'],
    ['ini', 'hash'],
    ['conf', 'hash'],
    ['dockerfile', 'hash'],
    ['mk', 'hash']
]);
const HASH_FILES = new Set(['Dockerfile', 'Makefile', 'Gemfile', 'Rakefile', 'Procfile']);
function languageOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (HASH_FILES.has(name))
        return 'hash';
    const dot = name.lastIndexOf('.');
    return dot > 0 ? (BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? 'text') : 'text';
}
const TOKENIZERS = {
    javascript: javascriptTokenizer,
    typescript: javascriptTokenizer,
    python: pythonTokenizer,
    go: goTokenizer,
    java: javaTokenizer,
    'c-family': cFamilyGenericTokenizer,
    hash: hashCommentTokenizer,
    text: textTokenizer
};
function tokenizerFor(language) {
    return TOKENIZERS[language];
}

const FNV = 0x811c9dc5;
const WORD_PLACEHOLDER = 0x2545f491;
function mix(h, c) {
    return Math.imul(h ^ c, 0x01000193);
}
/** Single words that carry no meaning alone: `else`, `return`, `break`... */
const TRIVIAL = new Set([
    'else',
    'try',
    'finally',
    'return',
    'break',
    'continue',
    'pass',
    'default',
    'end',
    'do',
    'begin',
    'then',
    'fi',
    'done'
]);
const PYTHON_CODE_CHARS = /[=[\]{}<>+*/%@&|^~]/;
/** Whether a line may open or continue a construct spanning lines (read for context lines). */
function mayOpenSpan(text, language) {
    if (language === 'python')
        return text.includes('"""') || text.includes("'''");
    if (language !== 'javascript' && language !== 'typescript' && language !== 'go') {
        if (language !== 'java' && language !== 'c-family')
            return false;
        if (language === 'java' && text.includes('"""'))
            return true;
    }
    else if (text.includes('`'))
        return true;
    if (text.trimStart().charCodeAt(0) === 42)
        return true;
    for (let at = text.indexOf('*'); at >= 0; at = text.indexOf('*', at + 1)) {
        if (text.charCodeAt(at - 1) === 47 || text.charCodeAt(at + 1) === 47)
            return true;
    }
    return false;
}
/** `mayOpenSpan` for the line `text[start, end)`, reading it only when it holds a marker. */
function mayOpenSpanAt(source, start, end, language) {
    return (spanMarkersWithin(source, start, end, language) &&
        mayOpenSpan(source.text.slice(start, end), language));
}
/**
 * Whether `text[start, end)` holds any character sequence `mayOpenSpan` looks for: when it holds
 * none, none of its lines can open a span, and they need not be read one by one.
 */
function spanMarkersWithin(source, start, end, language) {
    switch (language) {
        case 'python':
            return source.occursWithin('"""', start, end) || source.occursWithin("'''", start, end);
        case 'java':
            return source.occursWithin('"""', start, end) || source.occursWithin('*', start, end);
        case 'javascript':
        case 'typescript':
        case 'go':
            return source.occursWithin('`', start, end) || source.occursWithin('*', start, end);
        case 'c-family':
            return source.occursWithin('*', start, end);
        default:
            return false;
    }
}
/** What `String.prototype.trim` takes off. */
function isWhiteSpace(c) {
    if (c < 128)
        return c === 32 || (c >= 9 && c <= 13);
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
const QUOTE = 4;
const SLASH$2 = 5;
const HASH$1 = 6;
const BACKTICK = 7;
const STAR = 8;
/** Character classes by UTF-16 code unit: everything from 128 up is a word character. */
const CLASS = new Uint8Array(65536).fill(WORD);
for (let c = 0; c < 128; c++) {
    CLASS[c] = 0;
    if (c === 32 || c === 9 || c === 11 || c === 12 || c === 13)
        CLASS[c] = SPACE;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)
        CLASS[c] = WORD;
    else if (c >= 48 && c <= 57)
        CLASS[c] = DIGIT;
    else if (c === 34 || c === 39)
        CLASS[c] = QUOTE;
    else if (c === 47)
        CLASS[c] = SLASH$2;
    else if (c === 35)
        CLASS[c] = HASH$1;
    else if (c === 96)
        CLASS[c] = BACKTICK;
    else if (c === 42)
        CLASS[c] = STAR;
}
/** A fixed pseudo-random value per ASCII character: punctuation's share of a shape hash. */
const PUNCT = new Int32Array(128);
for (let c = 0; c < 128; c++)
    PUNCT[c] = Math.imul(Math.imul(c + 1, 0x9e3779b1) ^ FNV, 0x85ebca6b);
function classOf(c) {
    return CLASS[c];
}
/** A sketch to fill: reusing one per line of a hunk keeps the scan free of allocation. */
function emptySketch() {
    return {
        indent: 0,
        blank: true,
        words: 0,
        shape: 0,
        wordCount: 0,
        hasCode: false,
        comment: 0,
        commentWords: 0,
        spans: false,
        prose: false,
        significant: false,
        moveKey: 0,
        importish: false
    };
}
function sketchLine(text, language, into = emptySketch()) {
    return sketchSpan(new LineSource(text), 0, text.length, language, into);
}
/** `sketchLine` for the line `text[start, end)`. */
function sketchSpan(source, start, end, language, into = emptySketch()) {
    const text = source.text;
    const n = end;
    const cLike = language !== 'python' && language !== 'hash' && language !== 'text';
    const hashComments = language === 'python' || language === 'hash';
    const quotes = language !== 'text';
    const backticks = language === 'javascript' || language === 'typescript' || language === 'go';
    let i = start;
    while (i < n && classOf(text.charCodeAt(i)) === SPACE)
        i++;
    const first = i;
    const indent = i === start ? 0 : indentWidth(text, start, end);
    let words = 0;
    let shape = 0;
    let comment = 0;
    let wordCount = 0;
    let commentWords = 0;
    let literals = 0;
    let hasCode = false;
    let spans = cLike && i < n && text.charCodeAt(i) === 42;
    let firstWordStart = 0;
    let firstWordEnd = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        const kind = classOf(c);
        if (kind === SPACE) {
            i++;
            continue;
        }
        if ((kind === SLASH$2 && cLike && i + 1 < n && text.charCodeAt(i + 1) === 47) ||
            (kind === HASH$1 && hashComments)) {
            commentSketch(text, i + (kind === SLASH$2 ? 2 : 1), n);
            comment = commentHash;
            commentWords = commentCount;
            break;
        }
        hasCode = true;
        if (kind === WORD || kind === DIGIT) {
            let j = i;
            let word = FNV;
            while (j < n) {
                const d = text.charCodeAt(j);
                // WORD or DIGIT, in one comparison
                if ((CLASS[d] - WORD) >>> 0 > 1)
                    break;
                word = mix(word, d);
                j++;
            }
            words = (words + word) | 0;
            if (kind === DIGIT) {
                literals++;
                shape = (shape + word) | 0;
            }
            else {
                wordCount++;
                shape = (shape + WORD_PLACEHOLDER) | 0;
                if (wordCount === 1) {
                    firstWordStart = i;
                    firstWordEnd = j;
                }
            }
            i = j;
            continue;
        }
        if (kind === QUOTE && quotes) {
            if (i + 2 < n && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c)
                spans = true;
            let j = i + 1;
            let literal = mix(FNV, 1);
            while (j < n) {
                const d = text.charCodeAt(j);
                if (d === c)
                    break;
                if (d === 92) {
                    literal = mix(literal, j + 1 < n ? text.charCodeAt(j + 1) : NaN);
                    j += 2;
                }
                else {
                    literal = mix(literal, d);
                    j++;
                }
            }
            words = (words + literal) | 0;
            shape = (shape + literal) | 0;
            literals++;
            i = j + 1;
            continue;
        }
        if (cLike &&
            i + 1 < n &&
            ((kind === SLASH$2 && text.charCodeAt(i + 1) === 42) ||
                (kind === STAR && text.charCodeAt(i + 1) === 47))) {
            spans = true;
        }
        if (kind === BACKTICK && backticks)
            spans = true;
        shape = (shape + PUNCT[c & 127]) | 0;
        i++;
    }
    const significant = hasCode
        ? literals > 0 ||
            wordCount >= 2 ||
            (wordCount === 1 && !TRIVIAL.has(text.slice(firstWordStart, firstWordEnd)))
        : commentWords >= 3;
    const prose = language === 'python' &&
        wordCount >= 4 &&
        literals === 0 &&
        !PYTHON_CODE_CHARS.test(text.slice(start, end)) &&
        !endsWithAfterSpace(text, start, end, 58);
    into.indent = indent;
    into.blank = first === n;
    into.words = words;
    into.shape = shape;
    into.wordCount = wordCount;
    into.hasCode = hasCode;
    into.comment = comment;
    into.commentWords = commentWords;
    into.spans = spans;
    into.prose = prose;
    into.significant = significant;
    into.moveKey = (words + Math.imul(shape, 31) + Math.imul(comment, 17)) & 0x3fffffff;
    into.importish = hasCode && startsLikeImport(source, first, end, language);
    return into;
}
function startsLikeImport(source, first, end, language) {
    const text = source.text;
    // i(mport), f(rom), e(xport) start an import; c(onst), l(et), v(ar) may hold a `require`.
    switch (text.charCodeAt(first)) {
        case 105:
            if (startsWithin(text, 'import', first, end))
                return true;
            break;
        case 102:
            if (startsWithin(text, 'from', first, end))
                return true;
            break;
        case 101:
            if (startsWithin(text, 'export', first, end))
                return true;
            break;
        case 99:
            if (startsWithin(text, 'const', first, end))
                return source.occursWithin('require', first, end);
            break;
        case 108:
            if (startsWithin(text, 'let', first, end))
                return source.occursWithin('require', first, end);
            break;
        case 118:
            if (startsWithin(text, 'var', first, end))
                return source.occursWithin('require', first, end);
            break;
    }
    return language === 'go' && endsWithAfterSpace(text, first, end, 34);
}
function startsWithin(text, word, at, end) {
    return at + word.length <= end && text.startsWith(word, at);
}
/** Whether `text[start, end)` with trailing white space taken off ends with the character `c`. */
function endsWithAfterSpace(text, start, end, c) {
    let last = end - 1;
    while (last >= start && isWhiteSpace(text.charCodeAt(last)))
        last--;
    return last >= start && text.charCodeAt(last) === c;
}
let commentHash = 0;
let commentCount = 0;
/** A comment's words as a multiset hash, from `from` to `end`, the line's end (into module state). */
function commentSketch(text, from, end) {
    let hash = 0;
    let words = 0;
    let word = 0;
    let inWord = false;
    for (let j = from; j < end; j++) {
        const d = text.charCodeAt(j);
        if (classOf(d) === SPACE) {
            if (inWord)
                hash = (hash + word) | 0;
            inWord = false;
            continue;
        }
        if (!inWord) {
            words++;
            word = FNV;
            inWord = true;
        }
        word = mix(word, d);
    }
    if (inWord)
        hash = (hash + word) | 0;
    commentHash = hash;
    commentCount = words;
}

const BLANK = 1;
const SIGNIFICANT = 2;
const HAS_CODE = 4;
const COL_HUNK = 0;
/** Index in `Hunk.lines`. */
const COL_AT = 1;
/** 1 for a deleted line, 0 for an added one. */
const COL_DEL = 2;
/** Hunk line index where the line's region starts. */
const COL_REGION = 3;
const COL_KEY = 4;
/** BLANK | SIGNIFICANT | HAS_CODE */
const COL_FLAGS = 5;
const COL_INDENT = 6;
const STRIDE = 7;
const NO_TOKENS = Object.freeze({
    tokens: [],
    comment: '',
    indent: 0,
    statementStart: false
});
/** Lines that may be part of an import section (checked precisely once tokenized). */
const IMPORT_LIKE = /^\s*(?:import\b|from\s+\S+\s+import\b|export\s*(?:\{|\*)|(?:const|let|var)\b.*\brequire\s*\(|(?:[\w.]+\s+)?"[^"]*"\s*$)/;
function isBlank(line) {
    return line.sketch.blank;
}
function tokenKey(token) {
    return token.kind[0] + token.text;
}
const NO_KEYS = Object.freeze([]);
/** The line's token keys, made once per line however many comparisons read it. */
function keysOf(tok) {
    if (tok.tokens.length === 0)
        return NO_KEYS;
    return (tok.keys ??= tok.tokens.map(tokenKey));
}
/** Code tokens joined; a statement-ending `;` is layout in every language we read. */
function lineKey(tok) {
    const keys = keysOf(tok);
    const end = keys.length > 0 && keys[keys.length - 1] === 'p;' ? keys.length - 1 : keys.length;
    return end === keys.length ? keys.join('\u0001') : keys.slice(0, end).join('\u0001');
}
function buildFileView(file) {
    const language = languageOf(file.path);
    // Exactly the changed lines: on large diffs these buffers drive garbage collection.
    let changed = 0;
    for (let h = 0; h < file.hunks.length; h++)
        changed += packedOf(file.hunks[h]).changed;
    const compact = {
        count: 0,
        data: new Int32Array(changed * STRIDE),
        line: new Array(changed)
    };
    const view = { file, language, hunks: [], lines: [], compact, lazyRegions: new Map() };
    const imports = language !== 'text' && language !== 'hash';
    const scratch = { sketches: [], kinds: new Uint8Array(64) };
    for (let index = 0; index < file.hunks.length; index++) {
        view.hunks.push(buildHunkView(view, file.hunks[index], index, imports, scratch));
    }
    return view;
}
const NO_LINES = Object.freeze([]);
/** Sketches the hunk's changed lines; tokenizes it only when it may hold refactor work. */
function buildHunkView(view, hunk, index, imports, scratch) {
    const packed = packedOf(hunk);
    const { cols, source, first } = packed;
    const length = packed.count;
    const sketches = scratch.sketches;
    const kinds = scratch.kinds.length >= length ? scratch.kinds : (scratch.kinds = new Uint8Array(length * 2));
    let count = 0;
    // Context lines are read for span openers only when the hunk holds a marker at all.
    const readContext = length > 0 &&
        spanMarkersWithin(source, cols[first * LINE_STRIDE + AT_START], cols[(first + length - 1) * LINE_STRIDE + AT_END], view.language);
    let spans = false;
    let blankOnly = true;
    let importLines = false;
    for (let k = 0, o = first * LINE_STRIDE; k < length; k++, o += LINE_STRIDE) {
        const kind = cols[o + AT_FLAGS] & KIND_MASK;
        kinds[k] = kind;
        const start = cols[o + AT_START];
        const end = cols[o + AT_END];
        if (kind === KIND_CONTEXT) {
            if (readContext && !spans)
                spans = mayOpenSpanAt(source, start, end, view.language);
            continue;
        }
        const sketch = sketchSpan(source, start, end, view.language, (sketches[count] ??= emptySketch()));
        count++;
        spans ||= sketch.spans || sketch.prose;
        blankOnly &&= sketch.blank;
        // Import lines are tokenized with their hunk, where the import section sits.
        importLines ||= imports && sketch.importish && IMPORT_LIKE.test(source.text.slice(start, end));
    }
    if (importLines || spans || blankOnly || mayHoldRefactor(kinds, length, scratch)) {
        return tokenizedHunk(view, hunk, index, sketches);
    }
    const c = view.compact;
    let regionStart = 0;
    let n = 0;
    for (let k = 0; k < length; k++) {
        const kind = kinds[k];
        if (kind === KIND_CONTEXT)
            continue;
        if (k === 0 || kinds[k - 1] === KIND_CONTEXT)
            regionStart = k;
        const sketch = sketches[n++];
        const i = c.count++;
        c.data[i * STRIDE + COL_HUNK] = index;
        c.data[i * STRIDE + COL_AT] = k;
        c.data[i * STRIDE + COL_DEL] = kind === KIND_DEL ? 1 : 0;
        c.data[i * STRIDE + COL_REGION] = regionStart;
        c.data[i * STRIDE + COL_KEY] = sketch.moveKey;
        c.data[i * STRIDE + COL_FLAGS] = flagsOf(sketch);
        c.data[i * STRIDE + COL_INDENT] = sketch.indent;
    }
    return {
        hunk,
        tokenized: false,
        oldTokens: NO_LINES,
        newTokens: NO_LINES,
        oldLevels: NO_LINES,
        newLevels: NO_LINES,
        regions: NO_LINES
    };
}
function flagsOf(sketch) {
    return ((sketch.blank ? BLANK : 0) |
        (sketch.significant ? SIGNIFICANT : 0) |
        (sketch.hasCode ? HAS_CODE : 0));
}
/**
 * Whether some region could be layout, comment or rename work: equal code words on both sides,
 * equal shapes (a rename keeps punctuation and literals), or only comments. Other hunks are
 * behavioural or moved code, which the sketch alone decides.
 */
function mayHoldRefactor(kinds, length, scratch) {
    const sketches = scratch.sketches;
    let oldWords = 0;
    let newWords = 0;
    let regions = 0;
    let n = 0;
    for (let k = 0; k < length;) {
        if (kinds[k] === KIND_CONTEXT) {
            k++;
            continue;
        }
        regions++;
        // The region's sketches are sketches[from, to); dels and adds interleave in any order.
        const from = n;
        let delCount = 0;
        let addCount = 0;
        let delWords = 0;
        let addWords = 0;
        let delShape = 0;
        let addShape = 0;
        let allBlank = true;
        let anyCode = false;
        for (; k < length && kinds[k] !== KIND_CONTEXT; k++) {
            const s = sketches[n++];
            allBlank &&= s.blank;
            anyCode ||= s.hasCode;
            if (kinds[k] === KIND_DEL) {
                delCount++;
                if (s.hasCode) {
                    delWords = (delWords + s.words) | 0;
                    delShape = (delShape + s.shape) | 0;
                }
            }
            else {
                addCount++;
                if (s.hasCode) {
                    addWords = (addWords + s.words) | 0;
                    addShape = (addShape + s.shape) | 0;
                }
            }
        }
        if (delCount === 0 || addCount === 0) {
            if (!anyCode && !allBlank)
                return true;
            continue;
        }
        oldWords = (oldWords + delWords) | 0;
        newWords = (newWords + addWords) | 0;
        if (delWords === addWords || delShape === addShape)
            return true;
        if (delCount === addCount && pairMayMatch(kinds, k, sketches, from, n))
            return true;
    }
    return regions > 1 && oldWords === newWords;
}
/** The i-th deleted and i-th added line of the region ending before hunk line `end`. */
function pairMayMatch(kinds, end, sketches, from, to) {
    const start = end - (to - from);
    let d = start;
    let a = start;
    for (;;) {
        while (d < end && kinds[d] !== KIND_DEL)
            d++;
        while (a < end && kinds[a] !== KIND_ADD)
            a++;
        if (d >= end || a >= end)
            return false;
        const x = sketches[from + d - start];
        const y = sketches[from + a - start];
        if (x.shape === y.shape || (x.words === y.words && x.hasCode))
            return true;
        d++;
        a++;
    }
}
function tokenizedHunk(view, hunk, index, sketches) {
    const tokenizeSide = tokenizerFor(view.language);
    const lines = hunk.lines;
    const oldAt = [];
    const newAt = [];
    lines.forEach((line, k) => {
        if (line.kind !== 'add')
            oldAt.push(k);
        if (line.kind !== 'del')
            newAt.push(k);
    });
    const oldTokens = spread(lines.length, oldAt, tokenizeSide(oldAt.map((k) => lines[k].content)));
    const newTokens = spread(lines.length, newAt, tokenizeSide(newAt.map((k) => lines[k].content)));
    const python = view.language === 'python';
    const oldLevels = python ? indentLevels(oldTokens) : [];
    const newLevels = python ? indentLevels(newTokens) : [];
    const regions = [];
    let region = null;
    let n = 0;
    for (let k = 0; k < lines.length; k++) {
        const diff = lines[k];
        if (diff.kind === 'context') {
            region = null;
            continue;
        }
        if (region === null) {
            region = { view, hunk: index, start: k, end: k, dels: [], adds: [], tokenized: true };
            regions.push(region);
        }
        region.end = k + 1;
        const del = diff.kind === 'del';
        const tok = (del ? oldTokens[k] : newTokens[k]) ?? NO_TOKENS;
        const line = {
            hunk: index,
            at: k,
            kind: diff.kind,
            diff,
            sketch: { ...sketches[n++] },
            tok,
            key: lineKey(tok),
            level: python ? ((del ? oldLevels : newLevels)[k] ?? -1) : -1,
            cls: 'essential',
            region
        };
        (del ? region.dels : region.adds).push(line);
        view.lines.push(line);
        const c = view.compact;
        const i = c.count++;
        c.data[i * STRIDE + COL_HUNK] = index;
        c.data[i * STRIDE + COL_AT] = k;
        c.data[i * STRIDE + COL_DEL] = del ? 1 : 0;
        c.data[i * STRIDE + COL_REGION] = region.start;
        c.data[i * STRIDE + COL_KEY] = line.sketch.moveKey;
        c.data[i * STRIDE + COL_FLAGS] = flagsOf(line.sketch);
        c.data[i * STRIDE + COL_INDENT] = line.sketch.indent;
        c.line[i] = line;
    }
    return { hunk, tokenized: true, oldTokens, newTokens, oldLevels, newLevels, regions };
}
/** The changed line at compact index `i` as an object, made on first use. */
function lineAt(view, i) {
    const c = view.compact;
    const existing = c.line[i];
    if (existing !== undefined)
        return existing;
    const hunk = c.data[i * STRIDE + COL_HUNK];
    const at = c.data[i * STRIDE + COL_AT];
    const diff = view.file.hunks[hunk].lines[at];
    const regionKey = `${hunk}:${c.data[i * STRIDE + COL_REGION]}`;
    let region = view.lazyRegions.get(regionKey);
    if (region === undefined) {
        const hunkLines = view.file.hunks[hunk].lines;
        let end = c.data[i * STRIDE + COL_REGION];
        while (end < hunkLines.length && hunkLines[end].kind !== 'context')
            end++;
        region = {
            view,
            hunk,
            start: c.data[i * STRIDE + COL_REGION],
            end,
            dels: [],
            adds: [],
            tokenized: false
        };
        view.lazyRegions.set(regionKey, region);
    }
    const line = {
        hunk,
        at,
        kind: c.data[i * STRIDE + COL_DEL] ? 'del' : 'add',
        diff,
        sketch: sketchLine(diff.content, view.language),
        tok: NO_TOKENS,
        key: '',
        level: -1,
        cls: 'essential',
        region
    };
    (c.data[i * STRIDE + COL_DEL] ? region.dels : region.adds).push(line);
    view.lines.push(line);
    c.line[i] = line;
    return line;
}
function spread(length, at, tokens) {
    const out = new Array(length);
    at.forEach((k, i) => (out[k] = tokens[i]));
    return out;
}
/** Indentation as ordinal levels, so re-indenting 2 to 4 spaces keeps every level. */
function indentLevels(tokens) {
    const widths = new Set();
    for (const tok of tokens) {
        if (tok?.statementStart && tok.tokens.length > 0)
            widths.add(tok.indent);
    }
    const rank = new Map([...widths].sort((a, b) => a - b).map((width, i) => [width, i]));
    return tokens.map((tok) => tok?.statementStart && tok.tokens.length > 0 ? (rank.get(tok.indent) ?? -1) : -1);
}

function commentText(lines) {
    return lines
        .map((line) => line.tok.comment)
        .filter((words) => words !== '')
        .join(' ');
}
/**
 * Lines whose code is equal on both sides: `comment` where the comment words changed, else
 * `format`. Returns the comment lines, which are part of a behavioural change in the same place.
 */
function classifyCodeEqual(dels, adds) {
    const changed = commentText(dels) !== commentText(adds);
    const soft = [];
    for (const line of [...dels, ...adds]) {
        // Lines without code in a changed comment (` *`, `/**`) belong to the comment.
        if (changed && (line.tok.comment !== '' || line.key === '')) {
            line.cls = 'comment';
            soft.push(line);
        }
        else
            line.cls = 'format';
    }
    return soft;
}
/** A one-sided run of changed lines: comment-only when it holds comments and no code. */
function classifyOneSided(lines) {
    if (lines.some((line) => line.key !== '') || lines.every((line) => line.tok.comment === ''))
        return;
    for (const line of lines)
        if (!line.sketch.blank)
            line.cls = 'comment';
}
/** Comment-only lines beside changed code (a fix and its updated comment) belong to the fix. */
function floatingComments(lines) {
    const soft = [];
    for (const line of lines) {
        if (line.key === '' && line.tok.comment !== '') {
            line.cls = 'comment';
            soft.push(line);
        }
    }
    return soft;
}
/**
 * In a file whose code changed, comments only added, or edited a few lines from a code change,
 * document that change (a fix and the comment explaining it): part of it, not a comment edit.
 */
function attachAddedComments(view) {
    if (!hasCodeChange(view))
        return;
    for (const hv of view.hunks) {
        hv.regions.forEach((region, r) => {
            const added = !region.dels.some((line) => !line.sketch.blank);
            if (!added && !nearCodeChange(hv.regions, r))
                return;
            for (const line of region.dels)
                if (line.cls === 'comment')
                    line.cls = 'essential';
            for (const line of region.adds)
                if (line.cls === 'comment')
                    line.cls = 'essential';
        });
    }
}
/** Hunk lines between a comment and the code change it explains, at most. */
const NEAR = 3;
/** A neighbouring region of the hunk, a few lines away, changes code. */
function nearCodeChange(regions, r) {
    const changesCode = (region) => region !== undefined &&
        [...region.dels, ...region.adds].some((line) => line.cls === 'essential' && line.key !== '');
    const before = regions[r - 1];
    const after = regions[r + 1];
    return ((before !== undefined && regions[r].start - before.end <= NEAR && changesCode(before)) ||
        (after !== undefined && after.start - regions[r].end <= NEAR && changesCode(after)));
}
function hasCodeChange(view) {
    const c = view.compact;
    for (let i = 0; i < c.count; i++) {
        const line = c.line[i];
        if (line === undefined) {
            if ((c.data[i * STRIDE + COL_FLAGS] & BLANK) === 0)
                return true;
        }
        else if (line.cls === 'essential' && line.key !== '')
            return true;
    }
    return false;
}

/** A Java or Go package declaration, which moves with the file. */
const PACKAGE_LINE = /^\s*package\s+[\w.]+(?:\s*;)?\s*$/;
/** A delete and an add count as one rename when at least this share of each side moved. */
const MIN_INFERRED_SHARE = 0.5;
/** Renames the diff reports, with the package declarations they force. */
function reportedRenames(files, views) {
    const out = [];
    for (const file of files) {
        if (file.status !== 'renamed' || file.oldPath === null || file.oldPath === file.path)
            continue;
        const lines = (views.get(file)?.lines ?? []).filter((line) => line.cls === 'essential' && PACKAGE_LINE.test(line.diff.content));
        for (const line of lines)
            line.cls = 'file-rename';
        out.push({
            file,
            from: file.oldPath,
            to: file.path,
            similarity: file.similarity,
            lines,
            inferred: false
        });
    }
    return out;
}
/** A deleted file whose content mostly reappears in an added file: a rename the diff missed. */
function inferredRenames(blocks) {
    const pairs = new Map();
    for (const block of blocks) {
        const from = block.dels[0].region.view;
        const to = block.adds[0].region.view;
        if (from.file.status !== 'deleted' || to.file.status !== 'added')
            continue;
        const id = `${from.file.path}\u0000${to.file.path}`;
        const pair = pairs.get(id) ?? { from, to, blocks: [] };
        pairs.set(id, pair);
        pair.blocks.push(block);
    }
    const ranked = [...pairs.values()]
        .map((pair) => ({ ...pair, moved: moved(pair.blocks) }))
        .sort((a, b) => b.moved.dels + b.moved.adds - (a.moved.dels + a.moved.adds));
    const used = new Set();
    const absorbed = new Set();
    const renames = [];
    for (const { from, to, blocks: pairBlocks, moved: m } of ranked) {
        if (used.has(from) || used.has(to))
            continue;
        const delTotal = from.file.deletions;
        const addTotal = to.file.additions;
        if (m.dels < delTotal * MIN_INFERRED_SHARE || m.adds < addTotal * MIN_INFERRED_SHARE)
            continue;
        used.add(from);
        used.add(to);
        const lines = pairBlocks.flatMap((block) => [...block.dels, ...block.adds]);
        for (const line of lines)
            line.cls = 'file-rename';
        for (const block of pairBlocks)
            absorbed.add(block);
        renames.push({
            file: to.file,
            from: from.file.path,
            to: to.file.path,
            similarity: Math.round((100 * (m.dels + m.adds)) / (delTotal + addTotal)),
            lines,
            inferred: true
        });
    }
    return { renames, remaining: blocks.filter((block) => !absorbed.has(block)) };
}
function moved(blocks) {
    let dels = 0;
    let adds = 0;
    for (const block of blocks) {
        dels += block.dels.length;
        adds += block.adds.length;
    }
    return { dels, adds };
}

/** Conventional-commit types that state a kind, e.g. `style:`; a `deps` scope states `deps`. */
const TASK_PREFIXES = new Map([
    ['style', 'format'],
    ['format', 'format'],
    ['refactor', 'refactor'],
    ['docs', 'comments'],
    ['deps', 'deps']
]);
/** A feature states new behaviour: its plain words ("date format option") state no refactor. */
const FEATURE_TYPES = new Set(['feat', 'feature']);
/** Plain words of a title or commit subject that state a kind, e.g. "run prettier". */
const TASK_WORDS = {
    format: [
        'format',
        'formatted',
        'formatter',
        'formatting',
        'reformat',
        'reformatted',
        'prettier',
        'black',
        'gofmt',
        'rustfmt',
        'clang-format',
        'autopep8',
        'whitespace',
        'indentation',
        'lint',
        'linting',
        'eslint'
    ],
    refactor: ['refactor', 'refactored', 'refactoring', 'cleanup', 'tidy', 'restructure'],
    rename: ['rename', 'renamed', 'renames', 'renaming'],
    move: ['move', 'moved', 'moves', 'moving', 'extract', 'extracted', 'relocate', 'split'],
    comments: [
        'typo',
        'typos',
        'spelling',
        'comment',
        'comments',
        'docstring',
        'docstrings',
        'document',
        'documentation',
        'docs'
    ],
    deps: ['bump', 'bumps', 'bumped', 'upgrade', 'upgrades', 'dependency', 'dependencies', 'deps'],
    generated: ['regenerate', 'regenerated', 'codegen', 'lockfile'],
    tests: [],
    config: []
};
/** Which allowances make each minimality rule requested. */
const ALLOWED_BY = {
    'format-only': ['format', 'refactor'],
    'import-reorder': ['format', 'refactor'],
    'comment-only': ['format', 'refactor', 'comments'],
    'rename-symbol': ['rename', 'refactor'],
    'moved-code': ['move', 'refactor'],
    'file-rename': ['move', 'rename', 'refactor'],
    // A lockfile follows a dependency bump; other generated files need `generated` (see findings).
    'generated-churn': ['deps', 'generated']
};
/** Title and subjects are lines: read at most this much of each, and this many subjects. */
const MAX_SUBJECT_CHARS = 200;
const MAX_SUBJECTS = 100;
const PREFIX = /^([a-z]{1,20})(?:\(([^()]{0,60})\))?!?:/;
const WORD_SPLIT = /[^a-z0-9-]+/;
const WORD_KIND = new Map(Object.entries(TASK_WORDS).flatMap(([kind, words]) => words.map((word) => [word, kind])));
const stated = new WeakMap();
function statedTask(changeSet) {
    let task = stated.get(changeSet);
    if (task === undefined) {
        task = readTask(changeSet);
        stated.set(changeSet, task);
    }
    return task;
}
function readTask(changeSet) {
    const manifest = changeSet.manifest;
    if (manifest.status === 'present') {
        const allow = new Map();
        for (const entry of manifest.manifest.task.allow ?? [])
            allow.set(entry, 'the task');
        return { source: 'manifest', allow };
    }
    const allow = new Map();
    if (changeSet.pr !== null)
        readLine(changeSet.pr.title, 'the PR title', allow);
    for (const commit of changeSet.commits.slice(0, MAX_SUBJECTS)) {
        const end = commit.message.indexOf('\n');
        readLine(end === -1 ? commit.message : commit.message.slice(0, end), 'a commit subject', allow);
    }
    return { source: allow.size > 0 ? 'title' : 'none', allow };
}
/** The kinds one title or subject states, by its conventional prefix and its words. */
function kindsStated(line) {
    const text = line.slice(0, MAX_SUBJECT_CHARS).toLowerCase();
    const found = new Map();
    const prefix = PREFIX.exec(text);
    if (prefix !== null) {
        const byType = TASK_PREFIXES.get(prefix[1]);
        if (byType !== undefined)
            found.set(byType, `${prefix[1]}:`);
        const scope = prefix[2];
        if (scope !== undefined && /^deps\b/.test(scope))
            found.set('deps', '(deps)');
        if (FEATURE_TYPES.has(prefix[1]))
            return found;
    }
    for (const word of text.split(WORD_SPLIT)) {
        const kind = WORD_KIND.get(word);
        if (kind !== undefined && !found.has(kind))
            found.set(kind, word);
    }
    return found;
}
function readLine(line, where, allow) {
    for (const [kind, clue] of kindsStated(line)) {
        if (!allow.has(kind))
            allow.set(kind, `"${clue}" in ${where}`);
    }
}
const LAYOUT = new Set(['format', 'import', 'comment']);
/** Prose documents: their changed lines are documentation, whatever the tokenizer makes of them. */
const DOCUMENT = /\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc)$/i;
/**
 * The kind of work when no line of the change is behavioural: every file is generated or a prose
 * document, or its every changed line is layout, comments, imports, renames or moves (a pure
 * rename counts).
 * Null when any line changes behaviour, or a file's lines are unknown (binary, patch missing).
 */
function wholeTaskOf(files, views, generated, renamedPaths) {
    const byFile = new Map(views.map((view) => [view.file, view]));
    const generatedFiles = new Set(generated.map((g) => g.file));
    const classes = new Set();
    let anyGenerated = false;
    let documents = false;
    for (const file of files) {
        if (generatedFiles.has(file)) {
            anyGenerated = true;
            continue;
        }
        if (DOCUMENT.test(file.path) && !file.binary && !file.patchMissing) {
            documents = true;
            continue;
        }
        const view = byFile.get(file);
        if (view === undefined) {
            if (file.hunks.length === 0 && !file.binary && renamedPaths.has(file.path))
                continue;
            return null;
        }
        if (view.lines.length !== view.compact.count)
            return null;
        for (const line of view.lines) {
            if (line.cls === 'essential')
                return null;
            classes.add(line.cls);
        }
    }
    if (classes.size === 0 && !anyGenerated && renamedPaths.size === 0)
        return null;
    return describe$1(classes, {
        generated: anyGenerated,
        documents,
        fileRenames: renamedPaths.size > 0
    });
}
function describe$1(classes, { generated, documents, fileRenames }) {
    const structural = [...classes].filter((cls) => !LAYOUT.has(cls));
    const rules = new Set(['format-only', 'import-reorder', 'comment-only']);
    if (generated)
        rules.add('generated-churn');
    if (classes.has('rename'))
        rules.add('rename-symbol');
    if (classes.has('moved'))
        rules.add('moved-code');
    if (fileRenames || classes.has('file-rename'))
        rules.add('file-rename');
    let name;
    if (structural.length === 0 && !fileRenames) {
        if (documents)
            name = 'a documentation-only PR';
        else if (classes.size === 0)
            name = 'a regenerated-files-only PR';
        else if (classes.has('format') || classes.has('import'))
            name = 'a formatting-only PR';
        else
            name = 'a comment-only PR';
    }
    else if (structural.every((cls) => cls === 'rename')) {
        name = fileRenames ? 'a rename-only PR' : 'a symbol-rename-only PR';
    }
    else if (structural.every((cls) => cls === 'moved' || cls === 'file-rename')) {
        name = 'a move-only PR';
    }
    else
        name = 'a refactoring-only PR (no behaviour change)';
    return { name, rules };
}

const MINIMALITY_RULES = [
    {
        id: 'format-only',
        defaultLevel: 'warn',
        summary: 'A hunk or file changes only layout: whitespace, wrapping, quotes, trailing commas, semicolons, parentheses.'
    },
    {
        id: 'import-reorder',
        defaultLevel: 'warn',
        summary: 'Import statements only reordered or regrouped.'
    },
    {
        id: 'rename-symbol',
        defaultLevel: 'warn',
        summary: 'An identifier renamed consistently, declaration included, across lines and files.'
    },
    {
        id: 'moved-code',
        defaultLevel: 'warn',
        summary: 'A block deleted in one place and added unchanged (maybe re-indented) elsewhere.'
    },
    {
        id: 'file-rename',
        defaultLevel: 'warn',
        summary: 'A file renamed or moved, reported by the diff or inferred from a delete and an add.'
    },
    {
        id: 'comment-only',
        defaultLevel: 'warn',
        summary: 'Changes only to comments or docstrings.'
    },
    {
        id: 'generated-churn',
        defaultLevel: 'warn',
        summary: 'A lockfile, build output or generated file changed: info when it follows a hand-written change in the same PR.'
    },
    {
        id: 'low-minimality',
        defaultLevel: 'block',
        summary: 'The minimality score is below minimality.warn_below (warn) or minimality.block_below (block).'
    }
];
/**
 * Where the stated task allows this kind of change (`the task`, `"prettier" in the PR title`),
 * or null: the manifest's task.allow when there is a manifest, else the title and subjects.
 */
function requestClue(rule, input, allowances = ALLOWED_BY[rule] ?? []) {
    const { allow } = statedTask(input.changeSet);
    for (const entry of allowances) {
        const clue = allow.get(entry);
        if (clue !== undefined)
            return clue;
    }
    return null;
}
/** The severity of an unrequested finding: the configured level, else the rule's default. */
function violationSeverity(rule, input) {
    const configured = input.config.rules[rule];
    if (configured === 'info' || configured === 'warn' || configured === 'block')
        return configured;
    return MINIMALITY_RULES.find((meta) => meta.id === rule)?.defaultLevel === 'block'
        ? 'block'
        : 'warn';
}

const HUNK_KINDS = [
    ['format', 'format-only'],
    ['import', 'import-reorder'],
    ['comment', 'comment-only']
];
/** What a hunk-level finding says its lines do. */
const WHAT$1 = {
    'format-only': 'only change layout (whitespace, wrapping, quotes, commas, semicolons, parentheses)',
    'import-reorder': 'only reorder or regroup imports',
    'comment-only': 'only change comments or docstrings'
};
const TEXT = {
    'format-only': {
        why: 'Formatting the task did not ask for hides the behavioural change from the reviewer.',
        fix: 'Revert the formatting or send it as its own PR; or allow it with task.allow: [format].'
    },
    'import-reorder': {
        why: 'Reordered imports are noise the reviewer must read past.',
        fix: 'Revert the reordering or send it as its own PR; or allow it with task.allow: [format].'
    },
    'comment-only': {
        why: 'Comment edits away from the change dilute the review.',
        fix: 'Keep comment edits to the code you changed, or allow them with task.allow: [refactor].'
    },
    'rename-symbol': {
        why: 'A rename touches every use of a name: noise around the behavioural change.',
        fix: 'Send the rename as its own PR, or allow it with task.allow: [rename].'
    },
    'moved-code': {
        why: 'Moved code reads as new code in the diff and hides what changed.',
        fix: 'Move code in its own PR, or allow it with task.allow: [move].'
    },
    'file-rename': {
        why: 'A moved file makes its real changes hard to see.',
        fix: 'Rename files in their own PR, or allow it with task.allow: [move].'
    }
};
/** Turns the line classes into findings: one per hunk and kind, or one per file when it is all one kind. */
function minimalityFindings(result, input) {
    const renamed = new Set(result.fileRenames.map((rename) => rename.to));
    const whole = wholeTaskOf(input.changeSet.files, result.views, result.generated, renamed);
    const ctx = { input, whole };
    const counted = new Set();
    const findings = [];
    for (const g of result.generated)
        findings.push(generatedFinding(g, ctx));
    for (const view of result.views)
        for (const item of hunkFindings(view, ctx))
            findings.push(item);
    for (const item of renameFindings(result.renames, ctx, counted))
        findings.push(item);
    for (const item of movedFindings(result.blocks, ctx, counted))
        findings.push(item);
    for (const item of fileRenameFindings(result.fileRenames, ctx, counted))
        findings.push(item);
    return findings;
}
/** Why a kind of change is requested, as a sentence for its message; null when it is not. */
function requestNote(rule, ctx, clue) {
    if (ctx.whole !== null && ctx.whole.rules.has(rule)) {
        return `This is ${ctx.whole.name}: that is its task.`;
    }
    if (clue === null)
        return null;
    return clue === 'the task' ? 'Allowed by the task.' : `Allowed by the task stated in ${clue}.`;
}
function decorate(rule, ctx, finding) {
    const note = requestNote(rule, ctx, requestClue(rule, ctx.input));
    const requested = note !== null;
    const text = TEXT[rule];
    return {
        ...finding,
        severity: requested ? 'info' : violationSeverity(rule, ctx.input),
        message: requested ? `${finding.message} ${note}` : finding.message,
        evidence: {
            ...finding.evidence,
            requested,
            ...(requested && ctx.whole ? { task: ctx.whole.name } : {})
        },
        ...(text && !requested ? { why: text.why, fix: text.fix } : {})
    };
}
/** Where a set of lines sits in the new file (old lines for a deleted file). */
function span(lines, hunk, deleted) {
    let line = Infinity;
    let endLine = 0;
    for (const l of lines) {
        const n = deleted ? l.diff.oldLine : l.diff.newLine;
        if (n === null)
            continue;
        line = Math.min(line, n);
        endLine = Math.max(endLine, n);
    }
    if (line === Infinity) {
        const anchor = Math.max(1, deleted ? hunk.oldStart : hunk.newStart);
        return { line: anchor, endLine: anchor };
    }
    return { line, endLine };
}
function hunkFindings(view, ctx) {
    const path = view.file.path;
    const deleted = view.file.status === 'deleted';
    const out = [];
    const byClass = new Map();
    for (const line of view.lines) {
        if (line.cls === 'format' || line.cls === 'import' || line.cls === 'comment') {
            const list = byClass.get(line.cls);
            if (list === undefined)
                byClass.set(line.cls, [line]);
            else
                list.push(line);
        }
    }
    for (const [cls, rule] of HUNK_KINDS) {
        const lines = byClass.get(cls) ?? [];
        if (lines.length === 0)
            continue;
        const what = WHAT$1[rule];
        if (lines.length === view.compact.count) {
            const first = span(lines.filter((l) => l.hunk === lines[0].hunk), view.file.hunks[lines[0].hunk], deleted);
            const lastHunk = lines[lines.length - 1].hunk;
            const last = span(lines.filter((l) => l.hunk === lastHunk), view.file.hunks[lastHunk], deleted);
            out.push(decorate(rule, ctx, {
                rule,
                message: `All ${lines.length} changed lines of this file ${what}.`,
                path,
                line: first.line,
                endLine: lastHunk === lines[0].hunk ? first.endLine : last.endLine,
                lines: lines.length,
                evidence: { hunks: [...new Set(lines.map((l) => l.hunk))] }
            }));
            continue;
        }
        const byHunk = new Map();
        for (const line of lines)
            byHunk.set(line.hunk, [...(byHunk.get(line.hunk) ?? []), line]);
        for (const [hunk, inHunk] of byHunk) {
            out.push(decorate(rule, ctx, {
                rule,
                message: `${inHunk.length} changed line${inHunk.length === 1 ? '' : 's'} of this hunk ${what}.`,
                path,
                ...span(inHunk, view.file.hunks[hunk], deleted),
                lines: inHunk.length,
                evidence: { hunks: [hunk] }
            }));
        }
    }
    return out;
}
function generatedFinding(g, ctx) {
    const lines = g.file.hunks.length > 0
        ? g.file.hunks.reduce((n, h) => n + h.lines.filter((l) => l.kind !== 'context').length, 0)
        : g.file.additions + g.file.deletions;
    const follows = g.source !== null ? `it follows ${g.source}` : 'it follows the hand-written change';
    // A dependency bump explains a lockfile; any generated file needs a task that regenerates.
    const clue = requestClue('generated-churn', ctx.input, g.kind === 'lockfile' ? ['deps', 'generated'] : ['generated']);
    const note = g.expected ? null : requestNote('generated-churn', ctx, clue);
    const expected = g.expected || note !== null;
    return {
        rule: 'generated-churn',
        severity: expected ? 'info' : violationSeverity('generated-churn', ctx.input),
        message: g.expected
            ? `Generated file (${g.kind}), ${lines} lines: ${follows}; skip it when reviewing.`
            : note !== null
                ? `Generated file (${g.kind}), ${lines} lines; skip it when reviewing. ${note}`
                : `Generated file (${g.kind}) changed, ${lines} lines, with no source change it follows.`,
        path: g.file.path,
        line: 1,
        lines,
        evidence: { kind: g.kind, source: g.source, expected },
        ...(expected
            ? {}
            : {
                why: 'Regenerated files nobody asked for are churn: they bloat the diff and hide edits.',
                fix: 'Drop the regenerated file from the PR, or include the change it follows.'
            })
    };
}
function renameFindings(renames, ctx, counted) {
    const out = [];
    for (const rename of renames) {
        for (const [view, entry] of rename.byFile) {
            const lines = withBlanks(entry.lines, 'rename', counted);
            const inHunk = entry.at.filter((line) => line.hunk === entry.at[0].hunk);
            const occurrences = `${entry.occurrences} occurrence${entry.occurrences === 1 ? '' : 's'}`;
            const w = rename.wrapper;
            const wrapper = w === null
                ? null
                : {
                    path: w.view.file.path,
                    line: w.line.diff.newLine ?? w.view.file.hunks[w.line.hunk].newStart
                };
            const kept = wrapper === null
                ? ''
                : ` \`${rename.from}\` is kept as a wrapper at ${wrapper.path}:${wrapper.line}.`;
            out.push(decorate('rename-symbol', ctx, {
                rule: 'rename-symbol',
                message: `Renamed \`${rename.from}\` → \`${rename.to}\`: ${occurrences} here, ${rename.occurrences} in ${filesOf(rename)}.${kept}`,
                path: view.file.path,
                ...span(inHunk, view.file.hunks[entry.at[0].hunk], view.file.status === 'deleted'),
                lines: lines.length,
                evidence: {
                    from: rename.from,
                    to: rename.to,
                    occurrences: entry.occurrences,
                    totalOccurrences: rename.occurrences,
                    files: rename.byFile.size,
                    paths: [...rename.byFile.keys()].map((v) => v.file.path),
                    wrapper
                }
            }));
        }
    }
    return out;
}
/** The files a rename touches, named when they are few. */
function filesOf(rename) {
    const paths = [...rename.byFile.keys()].map((view) => view.file.path);
    if (paths.length === 1)
        return 'the change (this file only)';
    const named = paths.slice(0, 3).join(', ');
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
    return `${paths.length} files (${named}${more})`;
}
function range(from, to) {
    return to > from ? `${from}-${to}` : String(from);
}
function movedFindings(blocks, ctx, counted) {
    return blocks.map((block) => {
        const to = block.adds[0];
        const from = block.dels[0];
        const toView = to.region.view;
        const fromAt = { path: from.region.view.file.path, line: from.diff.oldLine ?? 0 };
        const toAt = { path: toView.file.path, line: to.diff.newLine ?? 0 };
        const lines = withBlanks([...block.dels, ...block.adds], 'moved', counted);
        const moved = block.extracted ? 'extracted into a new function' : 'moved';
        const fromEnd = block.dels.at(-1)?.diff.oldLine ?? fromAt.line;
        const toEnd = block.adds.at(-1)?.diff.newLine ?? toAt.line;
        const renamed = block.renamed.map(([a, b]) => `\`${a}\` → \`${b}\``).join(', ');
        const details = [
            ...(renamed === '' ? [] : [`with ${renamed}`]),
            ...(block.edited === null ? [] : [`line ${block.edited} edited`])
        ];
        return decorate('moved-code', ctx, {
            rule: 'moved-code',
            message: `${block.adds.length} lines ${moved} from ${fromAt.path}:${range(fromAt.line, fromEnd)} ` +
                `to ${toAt.path}:${range(toAt.line, toEnd)}` +
                (details.length === 0 ? '.' : ` (${details.join('; ')}).`),
            path: toAt.path,
            ...span(block.adds, toView.file.hunks[to.hunk], false),
            lines: lines.length,
            evidence: {
                from: fromAt,
                to: toAt,
                lines: block.adds.length,
                deletedLines: lines.filter((line) => line.kind === 'del').length,
                addedLines: lines.filter((line) => line.kind === 'add').length,
                fromEnd,
                toEnd,
                extracted: block.extracted,
                renamed: block.renamed.map(([a, b]) => ({ from: a, to: b })),
                editedLine: block.edited
            }
        });
    });
}
function fileRenameFindings(renames, ctx, counted) {
    return renames.map((rename) => {
        const similarity = rename.similarity === null ? '' : ` (${rename.similarity}% similar)`;
        const inferred = rename.inferred ? ', inferred from a delete and an add' : '';
        const lines = withBlanks(rename.lines, 'file-rename', counted);
        return decorate('file-rename', ctx, {
            rule: 'file-rename',
            message: `Renamed from ${rename.from}${similarity}${inferred}.`,
            path: rename.to,
            line: 1,
            // The path change itself counts as one changed line, so a pure rename is not free.
            lines: 1 + lines.length,
            evidence: {
                from: rename.from,
                to: rename.to,
                similarity: rename.similarity,
                inferred: rename.inferred,
                deletedLines: lines.filter((line) => line.kind === 'del').length,
                addedLines: lines.filter((line) => line.kind === 'add').length
            }
        });
    });
}
/** The lines plus blank lines of their regions that took the same class, each counted once. */
function withBlanks(lines, cls, counted) {
    const out = lines.filter((line) => !counted.has(line));
    for (const line of out)
        counted.add(line);
    for (const region of new Set(lines.map((line) => line.region))) {
        for (const line of [...region.dels, ...region.adds]) {
            if (line.cls === cls && !counted.has(line)) {
                counted.add(line);
                out.push(line);
            }
        }
    }
    return out;
}

const CLOSERS$1 = new Set(['p)', 'p]', 'p}']);
const OPENERS = new Map([
    ['p(', 'p)'],
    ['p[', 'p]'],
    ['p{', 'p}']
]);
/** Where a parenthesized operand binds to nothing around it: `= (a + b)`, `return (x)`. */
const LOOSE_BEFORE = new Set(('kreturn kthrow kyield kawait p= p+= p-= p*= p/= p%= p**= p<<= p>>= p>>>= p&= p|= p^= ' +
    'p&&= p||= p??= p:= p=> p( p, p[ p{ p: p? p; p${').split(' '));
const LOOSE_AFTER = new Set(['p)', 'p,', 'p]', 'p}', 'p;', 'p:']);
/** Black also drops parentheses after these Python keywords (`if (a):`, `for (x) in y`). */
const PYTHON_LOOSE_BEFORE = new Set(['kif', 'kelif', 'kwhile', 'kfor', 'kin', 'kassert', 'kdel']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/**
 * The line's tokens with layout removed: statement-ending semicolons, trailing commas,
 * redundant parentheses and (JavaScript) quoted object keys. Newlines and spacing are already
 * gone; Python keeps an indentation-level token per statement because there it is syntax.
 */
function layoutFree(lines, language, origins) {
    const keys = [];
    const lineEnd = [];
    const lineOf = [];
    const plain = language === 'text' || language === 'hash';
    let parens = 0;
    /** Paren depths of open `for (` headers, where `;` separates clauses. */
    const forHeaders = [];
    lines.forEach(({ tok, level }, n) => {
        if (level >= 0) {
            keys.push('\u21e5' + level);
            lineEnd.push(false);
            lineOf.push(n);
        }
        const tokens = tok.tokens;
        const tokenKeys = keysOf(tok);
        for (let i = 0; i < tokens.length; i++) {
            const key = tokenKeys[i];
            if (key === 'p(') {
                parens++;
                if (keys[keys.length - 1] === 'kfor')
                    forHeaders.push(parens);
            }
            else if (key === 'p)') {
                if (forHeaders[forHeaders.length - 1] === parens)
                    forHeaders.pop();
                parens--;
            }
            // A line-ending `;` ends a statement, except inside a wrapped `for (...;...;...)`.
            const last = i === tokens.length - 1;
            if (!plain && key === 'p;' && last && forHeaders.length === 0)
                continue;
            keys.push(key);
            lineEnd.push(i === tokens.length - 1);
            lineOf.push(n);
        }
    });
    const drop = plain
        ? plainLayout(keys, language === 'text')
        : dropRedundant(keys, lineEnd, language);
    const kept = [];
    for (let i = 0; i < keys.length; i++) {
        if (drop[i] !== 0)
            continue;
        kept.push(keys[i]);
        if (origins !== undefined)
            origins.push(lineOf[i]);
    }
    return kept;
}
/** Marks the layout tokens to drop; rewrites quoted object keys in place. */
function dropRedundant(keys, lineEnd, language) {
    const python = language === 'python';
    const js = language === 'javascript' || language === 'typescript';
    const match = matchBrackets(keys);
    const drop = new Uint8Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'p,' && CLOSERS$1.has(keys[i + 1] ?? '')) {
            if (!python || trailingCommaIsLayout(keys, match, match[i + 1], i))
                drop[i] = 1;
        }
        else if (key === 'p;' && keys[i + 1] === 'p}') {
            drop[i] = 1;
        }
        else if (key === 'p(' && match[i] > i && removableParens(keys, lineEnd, match, i, language)) {
            drop[i] = 1;
            drop[match[i]] = 1;
        }
        else if (js && key[0] === 's' && isQuotedKey(keys, i)) {
            keys[i] = 'w' + key.slice(1);
        }
    }
    return drop;
}
/**
 * Prose and config: a comma before a closer (code samples a formatter rewrote) and the empty
 * `[]` of a Markdown collapsed reference link (`[text][]` is `[text]`).
 */
function plainLayout(keys, prose) {
    const drop = new Uint8Array(keys.length);
    for (let i = 0; i + 1 < keys.length; i++) {
        if (keys[i] === 'p,' && CLOSERS$1.has(keys[i + 1]))
            drop[i] = 1;
        else if (prose && keys[i] === 'p[' && keys[i + 1] === 'p]' && keys[i - 1] === 'p]') {
            drop[i] = 1;
            drop[i + 1] = 1;
        }
    }
    return drop;
}
/** For each bracket, the index of its partner (or -1). */
function matchBrackets(keys) {
    const match = new Int32Array(keys.length).fill(-1);
    const stack = [];
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        // Brackets are the two-character keys `p(`, `p[`, `p{` and their closers.
        if (key.length !== 2 || key.charCodeAt(0) !== 112)
            continue;
        const c = key.charCodeAt(1);
        if (c === 40 || c === 91 || c === 123)
            stack.push(i);
        else if (c === 41 || c === 93 || c === 125) {
            const open = stack.pop();
            if (open !== undefined && OPENERS.get(keys[open]) === key) {
                match[open] = i;
                match[i] = open;
            }
        }
    }
    return match;
}
/** Python: `(a,)` is a tuple and `x[a,]` a tuple index; calls, lists and dicts may drop it. */
function trailingCommaIsLayout(keys, match, open, comma) {
    if (open < 0)
        return false;
    if (hasTopLevelComma(keys, match, open, comma))
        return true;
    const before = keys[open - 1] ?? '';
    const callOrSubscript = before[0] === 'w' || before === 'p)' || before === 'p]';
    if (keys[open] === 'p(')
        return callOrSubscript;
    if (keys[open] === 'p[')
        return !callOrSubscript;
    return true;
}
function hasTopLevelComma(keys, match, open, end) {
    for (let j = open + 1; j < end; j++) {
        if (keys[j] === 'p,')
            return true;
        if (OPENERS.has(keys[j]) && match[j] > j)
            j = match[j];
    }
    return false;
}
function removableParens(keys, lineEnd, match, open, language) {
    const close = match[open];
    if (close === open + 1)
        return false;
    const before = open > 0 ? keys[open - 1] : '';
    const after = close + 1 < keys.length ? keys[close + 1] : '';
    const python = language === 'python';
    const looseBefore = before === '' ||
        before[0] === '\u21e5' ||
        LOOSE_BEFORE.has(before) ||
        (python && PYTHON_LOOSE_BEFORE.has(before));
    if (!looseBefore)
        return false;
    const arrowParam = after === 'p=>' && close === open + 2 && keys[open + 1][0] === 'w' && language !== 'python';
    const looseAfter = after === '' || lineEnd[close] || LOOSE_AFTER.has(after) || after[0] === '\u21e5';
    if (!arrowParam && !(looseAfter || (python && after === 'kin' && before === 'kfor')))
        return false;
    if (hasTopLevelComma(keys, match, open, close) && !(python && before === 'kfor'))
        return false;
    const first = keys[open + 1];
    if (first === 'p{' && (before === 'p=>' || before === ''))
        return false;
    for (let j = open + 1; j < close; j++)
        if (keys[j] === 'p:=')
            return false;
    return true;
}
/** `{ 'a': 1 }` is `{ a: 1 }`; a `case 'a':` or `x ? 'a' : b` is not preceded by `{` or `,`. */
function isQuotedKey(keys, i) {
    const before = keys[i - 1];
    return ((before === 'p{' || before === 'p,') &&
        keys[i + 1] === 'p:' &&
        IDENTIFIER.test(keys[i].slice(1)));
}
function sameStream(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}

/** Past this many cells the exact table is too costly: anchor on lines unique to both sides. */
const MAX_TABLE_CELLS = 40_000;
/** Index pairs of a longest common subsequence (exact when small, unique-line anchors else). */
function lcsPairs(a, b) {
    if (a.length === 0 || b.length === 0)
        return [];
    return a.length * b.length <= MAX_TABLE_CELLS ? exactLcs(a, b) : uniqueAnchors(a, b);
}
function exactLcs(a, b) {
    const n = a.length;
    const m = b.length;
    const table = new Uint16Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            const at = i * (m + 1) + j;
            table[at] = a[i] === b[j] ? table[at + m + 2] + 1 : Math.max(table[at + m + 1], table[at + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[i] === b[j]) {
            pairs.push([i, j]);
            i++;
            j++;
        }
        else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])
            i++;
        else
            j++;
    }
    return pairs;
}
/** Patience-style: lines occurring once on each side, kept in an increasing run. */
function uniqueAnchors(a, b) {
    const count = new Map();
    for (const key of a)
        count.set(key, (count.get(key) ?? 0) + 1);
    const inB = new Map();
    for (let j = 0; j < b.length; j++) {
        if (count.get(b[j]) === 1)
            inB.set(b[j], inB.has(b[j]) ? -1 : j);
    }
    const candidates = [];
    a.forEach((key, i) => {
        const j = inB.get(key);
        if (j !== undefined && j >= 0)
            candidates.push([i, j]);
    });
    return longestIncreasing(candidates);
}
/** Longest subsequence of pairs increasing in the second index (first already increases). */
function longestIncreasing(pairs) {
    const tails = [];
    const previous = new Int32Array(pairs.length).fill(-1);
    for (let k = 0; k < pairs.length; k++) {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (pairs[tails[mid]][1] < pairs[k][1])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const out = [];
    for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) {
        out.push(pairs[k]);
    }
    return out.reverse();
}
/**
 * Tokens of `a` and `b` matched by a shortest edit script: common prefix and suffix first, then
 * Myers' greedy algorithm on the middle. Null when the middle needs more than `maxEdits` edits,
 * known in linear time when the two middles' token counts already differ by more (then no
 * search runs); else the search costs O((n + m) * maxEdits), and callers size `maxEdits` so.
 */
function alignTokens(a, b, maxEdits) {
    const matchedA = new Uint8Array(a.length);
    const matchedB = new Uint8Array(b.length);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) {
        matchedA[start] = 1;
        matchedB[start] = 1;
        start++;
    }
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        matchedA[--endA] = 1;
        matchedB[--endB] = 1;
    }
    const n = endA - start;
    const m = endB - start;
    if (n === 0 || m === 0)
        return { matchedA, matchedB };
    const max = Math.min(maxEdits, n + m);
    if (editsAtLeast(a, b, start, endA, endB) > max)
        return null;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    // Round d reads only diagonals -d..d of the round before: kept alone, the trace is O(max²).
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice(offset - d, offset + d + 1));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[start + x] === b[start + y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                backtrack(trace, n, m, (i, j) => {
                    matchedA[start + i] = 1;
                    matchedB[start + j] = 1;
                });
                return { matchedA, matchedB };
            }
        }
    }
    return null;
}
/**
 * A lower bound on the edits between `a[start, endA)` and `b[start, endB)`: every token one side
 * holds more often than the other must be inserted or deleted.
 */
function editsAtLeast(a, b, start, endA, endB) {
    const surplus = new Map();
    for (let i = start; i < endA; i++)
        surplus.set(a[i], (surplus.get(a[i]) ?? 0) + 1);
    for (let j = start; j < endB; j++)
        surplus.set(b[j], (surplus.get(b[j]) ?? 0) - 1);
    let edits = 0;
    for (const count of surplus.values())
        edits += Math.abs(count);
    return edits;
}
/** `trace[d]` holds round d's starting diagonals -d..d (index k + d). */
function backtrack(trace, n, m, match) {
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
        const v = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && v[d + k - 1] < v[d + k + 1]) ? k + 1 : k - 1;
        const prevX = d === 0 ? 0 : v[d + prevK];
        const prevY = d === 0 ? 0 : prevX - prevK;
        while (x > prevX && y > prevY)
            match(--x, --y);
        x = prevX;
        y = prevY;
    }
}

/** Classifies each region's layout-only and comment-only lines; the rest stay essential. */
function classifyLayout(view) {
    for (const hv of view.hunks) {
        // Untokenized hunks have no regions: nothing of theirs is layout or comment work.
        if (hv.regions.length === 0)
            continue;
        for (const region of hv.regions)
            classifyRegion(region, view.language);
        alignHunk(hv, view.language);
        realignComments(hv);
        if (view.language === 'text')
            for (const region of hv.regions)
                followTitles(region);
    }
}
/** A heading underline re-sized because its title changed is part of that change. */
function followTitles(region) {
    const lines = [...region.dels, ...region.adds];
    if (!lines.some((line) => line.cls === 'essential' && line.key !== ''))
        return;
    for (const line of lines) {
        const keys = keysOf(line.tok);
        if (line.cls === 'format' && keys.length === 1 && (keys[0] === 'p---' || keys[0] === 'p===')) {
            line.cls = 'essential';
        }
    }
}
const open = (line) => line.cls === 'essential';
function anchorKey(line) {
    return line.level >= 0 ? line.key + '\u21e5' + line.level : line.key;
}
function classifyRegion(region, language) {
    if (!region.tokenized)
        return;
    const dels = region.dels.filter(open);
    const adds = region.adds.filter(open);
    if (dels.length === 0 || adds.length === 0) {
        classifyOneSided(dels.length > 0 ? dels : adds);
        return;
    }
    if (sameStream(layoutFree(dels, language), layoutFree(adds, language))) {
        classifyCodeEqual(dels, adds);
        return;
    }
    const codeDels = dels.filter((line) => line.key !== '');
    const codeAdds = adds.filter((line) => line.key !== '');
    const soft = floatingComments([...dels, ...adds]);
    let mixed = false;
    let pi = 0;
    let pj = 0;
    const pairs = lcsPairs(codeDels.map(anchorKey), codeAdds.map(anchorKey));
    pairs.push([codeDels.length, codeAdds.length]);
    for (const [i, j] of pairs) {
        const gapDels = codeDels.slice(pi, i);
        const gapAdds = codeAdds.slice(pj, j);
        if (gapDels.length > 0 || gapAdds.length > 0) {
            const equal = gapDels.length > 0 &&
                gapAdds.length > 0 &&
                sameStream(layoutFree(gapDels, language), layoutFree(gapAdds, language));
            if (equal)
                for (const item of classifyCodeEqual(gapDels, gapAdds))
                    soft.push(item);
            else
                mixed = true;
        }
        if (i < codeDels.length) {
            const del = codeDels[i];
            const add = codeAdds[j];
            for (const item of classifyCodeEqual([del], [add]))
                soft.push(item);
            if (del.diff.content.trim() === add.diff.content.trim())
                soft.push(del, add);
        }
        pi = i + 1;
        pj = j + 1;
    }
    // Re-indented or re-commented lines next to a behavioural change are part of that change.
    if (mixed)
        for (const line of soft)
            line.cls = 'essential';
}
/** Edits a hunk's token alignment may need before it gives up (the rest stays essential). */
const MAX_EDITS = 1000;
/** Token comparisons one hunk's alignment may cost: Myers' search is O((n + m) * edits). */
const MAX_ALIGN_WORK = 20_000_000;
function editBudget(n, m) {
    return Math.min(MAX_EDITS, Math.floor(MAX_ALIGN_WORK / (n + m + 1)));
}
/**
 * Re-reads the whole hunk when some region is still essential: git aligns blank lines and
 * braces as context inside a re-indented or re-wrapped block, so a layout change can spread
 * over regions that are each unequal. Tokens are aligned across the hunk; a region whose
 * changed lines' tokens all align is layout.
 */
function alignHunk(hv, language) {
    const pending = hv.regions.some((r) => [...r.dels, ...r.adds].some((l) => open(l) && l.key !== ''));
    if (!pending)
        return;
    if (hv.regions.length < 2 && !commasOnly(hv.regions[0], language))
        return;
    const oldSide = [];
    const newSide = [];
    const oldLine = [];
    const newLine = [];
    const oldAt = [];
    const newAt = [];
    const byAt = new Map();
    for (const r of hv.regions)
        for (const l of [...r.dels, ...r.adds])
            byAt.set(l.at, l);
    hv.hunk.lines.forEach((diff, k) => {
        const changed = byAt.get(k) ?? null;
        if (changed !== null && changed.cls === 'import')
            return;
        if (diff.kind !== 'add') {
            oldSide.push({ tok: hv.oldTokens[k] ?? changed?.tok ?? EMPTY, level: hv.oldLevels[k] ?? -1 });
            oldLine.push(diff.kind === 'del' ? changed : null);
            oldAt.push(k);
        }
        if (diff.kind !== 'del') {
            newSide.push({ tok: hv.newTokens[k] ?? changed?.tok ?? EMPTY, level: hv.newLevels[k] ?? -1 });
            newLine.push(diff.kind === 'add' ? changed : null);
            newAt.push(k);
        }
    });
    const oldOrigin = [];
    const newOrigin = [];
    const a = layoutFree(oldSide, language, oldOrigin);
    const b = layoutFree(newSide, language, newOrigin);
    const aligned = alignTokens(a, b, editBudget(a.length, b.length));
    if (aligned === null)
        return;
    const mixed = new Set();
    const outOfStep = new Set();
    const mark = (matched, origin, lines, at) => {
        matched.forEach((m, i) => {
            if (m === 1)
                return;
            const line = lines[origin[i]];
            if (line !== null)
                mixed.add(line.region);
            // An unchanged line out of step (swapped lines): the regions around it changed order.
            else if (!outOfStep.has(at[origin[i]])) {
                outOfStep.add(at[origin[i]]);
                for (const region of regionsAround(hv, at[origin[i]]))
                    mixed.add(region);
            }
        });
    };
    mark(aligned.matchedA, oldOrigin, oldLine, oldAt);
    mark(aligned.matchedB, newOrigin, newLine, newAt);
    for (const region of hv.regions) {
        const lines = [...region.dels, ...region.adds];
        // A region with any unaligned token keeps its own reading (a real edit is in it).
        if (mixed.has(region))
            continue;
        for (const line of lines)
            if (open(line))
                line.cls = 'format';
    }
}
/**
 * A lone region whose two sides differ only in commas: a trailing comma against a closer on a
 * context line (`}` -> `},`), which only the hunk's context shows to be layout.
 */
function commasOnly(region, language) {
    const noCommas = (lines) => layoutFree(lines.filter(open), language).filter((key) => key !== 'p,');
    return sameStream(noCommas(region.dels), noCommas(region.adds));
}
/**
 * Comment words aligned across the hunk: a comment that only moved to another region (git
 * aligned the lines differently on each side) is layout, not a comment change.
 */
function realignComments(hv) {
    const lines = hv.regions.flatMap((r) => [...r.dels, ...r.adds]);
    if (hv.regions.length < 2 || !lines.some((l) => l.cls === 'comment' || l.cls === 'format'))
        return;
    const byAt = new Map(lines.map((l) => [l.at, l]));
    const sides = { old: [], new: [] };
    const origins = { old: [], new: [] };
    hv.hunk.lines.forEach((diff, k) => {
        const changed = byAt.get(k) ?? null;
        for (const side of ['old', 'new']) {
            if (diff.kind === (side === 'old' ? 'add' : 'del'))
                continue;
            const tok = side === 'old' ? hv.oldTokens[k] : hv.newTokens[k];
            for (const word of tok?.comment.split(' ') ?? []) {
                if (word === '')
                    continue;
                sides[side].push(word);
                origins[side].push(changed);
            }
        }
    });
    const aligned = alignTokens(sides.old, sides.new, editBudget(sides.old.length, sides.new.length));
    if (aligned === null)
        return;
    const changedComment = new Set();
    aligned.matchedA.forEach((m, i) => m === 0 && origins.old[i] && changedComment.add(origins.old[i]));
    aligned.matchedB.forEach((m, i) => m === 0 && origins.new[i] && changedComment.add(origins.new[i]));
    for (const line of lines) {
        if (line.tok.comment === '')
            continue;
        if (line.cls === 'comment' && !changedComment.has(line))
            line.cls = 'format';
        else if (line.cls === 'format' && changedComment.has(line))
            line.cls = 'comment';
    }
}
/** The regions just before and just after hunk line `at`. */
function regionsAround(hv, at) {
    const before = hv.regions.filter((r) => r.end <= at).at(-1);
    const after = hv.regions.find((r) => r.start > at);
    return [before, after].filter((r) => r !== undefined);
}
const EMPTY = { tokens: [], comment: '', indent: 0, statementStart: false };
/** Blank lines follow their neighbours; a hunk that only adds or drops blank lines is layout. */
function resolveBlankLines(view) {
    for (const hv of view.hunks) {
        if (hv.regions.length === 0)
            continue;
        if (!hv.regions.some((r) => r.dels.some(isBlank) || r.adds.some(isBlank)))
            continue;
        const hunkLines = hv.regions.flatMap((region) => [...region.dels, ...region.adds]);
        hunkLines.sort((a, b) => a.at - b.at);
        const fromHunk = nearestClasses(hunkLines);
        for (const region of hv.regions) {
            const lines = [...region.dels, ...region.adds].sort((a, b) => a.at - b.at);
            const fromRegion = nearestClasses(lines);
            for (const line of lines) {
                if (isBlank(line))
                    line.cls = fromRegion.get(line) ?? fromHunk.get(line) ?? 'format';
            }
        }
    }
}
/** For each blank line of a sorted run, the class of the nearest non-blank line in it. */
function nearestClasses(lines) {
    const out = new Map();
    const before = [];
    let last = null;
    for (const line of lines) {
        before.push(last);
        if (!isBlank(line))
            last = line;
    }
    let next = null;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (!isBlank(line)) {
            next = line;
            continue;
        }
        const prev = before[i];
        const pick = prev === null || (next !== null && next.at - line.at < line.at - prev.at) ? next : prev;
        if (pick !== null)
            out.set(line, pick.cls);
    }
    return out;
}

/** Lockfile name -> the manifests it is generated from; a Map, since names come from the diff. */
const LOCKFILES = new Map([
    ['package-lock.json', ['package.json']],
    ['npm-shrinkwrap.json', ['package.json']],
    ['yarn.lock', ['package.json']],
    ['pnpm-lock.yaml', ['package.json', 'pnpm-workspace.yaml']],
    ['bun.lock', ['package.json']],
    ['bun.lockb', ['package.json']],
    ['deno.lock', ['deno.json', 'deno.jsonc']],
    ['poetry.lock', ['pyproject.toml']],
    ['uv.lock', ['pyproject.toml']],
    ['pdm.lock', ['pyproject.toml']],
    ['Pipfile.lock', ['Pipfile']],
    ['go.sum', ['go.mod']],
    ['Cargo.lock', ['Cargo.toml']],
    ['composer.lock', ['composer.json']],
    ['Gemfile.lock', ['Gemfile']],
    ['gradle.lockfile', ['build.gradle', 'build.gradle.kts']],
    ['Podfile.lock', ['Podfile']],
    ['pubspec.lock', ['pubspec.yaml']],
    ['mix.lock', ['mix.exs']],
    ['flake.lock', ['flake.nix']]
]);
const GLOB_OPTIONS$1 = { dot: true, nocomment: true, nonegate: true };
const BUILD_OUTPUT = [
    'dist/**',
    '**/dist/**',
    '**/*.min.js',
    '**/*.min.css',
    '**/*.js.map',
    '**/*.css.map',
    '**/__generated__/**',
    '**/*.pb.go',
    '**/*_pb2.py',
    '**/*_pb2_grpc.py',
    '**/*_generated.go',
    '**/zz_generated*.go',
    '**/*.generated.*',
    '**/*.g.dart',
    '**/*.freezed.dart'
].map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
const VENDORED = ['vendor/**', '**/node_modules/**'].map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
/**
 * A text every build-output glob needs in the path (`dist/`, `.min.`, `.map`, `generated`...):
 * paths without any skip the globs, which cost more than the rest of the check.
 */
const MAY_BE_BUILD_OUTPUT = /dist\/|\.min\.|\.map$|generated|\.pb\.go$|_pb2|\.dart$/;
const MAY_BE_VENDORED = /vendor\/|node_modules\//;
/** The conventional first-lines markers: Go's `Code generated ... DO NOT EDIT.`, `@generated`. */
const HEADER = /^\s*(?:\/\/|#|\/\*|\*|<!--|--|"""|;).*(?:@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bgenerated (?:by|from|automatically)\b)/i;
/** How far into a file a generated-file header is looked for. */
const HEADER_LINES = 5;
/** `linguist-generated` (set, `=true`, unset, `=false`) and `-diff` lines of `.gitattributes`. */
function parseGitattributes(text) {
    if (text === null)
        return [];
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const [pattern, ...attributes] = line.split(/\s+/);
        let generated = null;
        for (const attribute of attributes) {
            if (attribute === 'linguist-generated' || attribute === 'linguist-generated=true')
                generated = true;
            else if (attribute === '-diff' || attribute === 'diff=false')
                generated = true;
            else if (attribute === '-linguist-generated' || attribute === 'linguist-generated=false') {
                generated = false;
            }
        }
        if (generated === null)
            continue;
        const anchored = pattern.startsWith('/') ? pattern.slice(1) : pattern;
        const options = { ...GLOB_OPTIONS$1, matchBase: !anchored.includes('/') };
        rules.push({ matcher: new Minimatch(anchored, options), generated });
    }
    return rules;
}
function basename$1(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash + 1);
}
/** Which changed files are generated, and whether each follows a hand-written change. */
function findGeneratedFiles(files, gitattributes, configured) {
    const attributes = parseGitattributes(gitattributes);
    const extra = configured.map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
    const found = new Map();
    for (const file of files) {
        const kind = generatedKind(file, attributes, extra);
        if (kind !== null)
            found.set(file, kind);
    }
    const changedPaths = new Set(files.map((file) => file.path));
    const handWritten = files.some((file) => !found.has(file));
    return [...found].map(([file, kind]) => {
        const manifests = LOCKFILES.get(basename$1(file.path)) ?? [];
        const source = manifests.map((name) => dirname(file.path) + name).find((path) => changedPaths.has(path)) ??
            null;
        const expected = kind === 'lockfile' || manifests.length > 0 ? source !== null : handWritten;
        return { file, kind, source, expected };
    });
}
function generatedKind(file, attributes, configured) {
    const path = file.path;
    if (configured.some((m) => m.match(path)))
        return 'configured';
    let marked = null;
    for (const rule of attributes)
        if (rule.matcher.match(path))
            marked = rule.generated;
    if (marked === false)
        return null;
    if (marked === true)
        return 'gitattributes';
    if (LOCKFILES.has(basename$1(path)))
        return 'lockfile';
    if (MAY_BE_BUILD_OUTPUT.test(path) && BUILD_OUTPUT.some((m) => m.match(path))) {
        return 'build-output';
    }
    if (MAY_BE_VENDORED.test(path) && VENDORED.some((m) => m.match(path)))
        return 'vendored';
    return hasGeneratedHeader(file) ? 'header' : null;
}
function hasGeneratedHeader(file) {
    for (const hunk of file.hunks) {
        const packed = packedOf(hunk);
        for (let k = 0; k < packed.count; k++) {
            const number = numberAt(packed, k);
            if (number >= 0 && number <= HEADER_LINES && HEADER.test(contentAt(packed, k)))
                return true;
        }
        if (hunk.newStart > HEADER_LINES && hunk.oldStart > HEADER_LINES)
            break;
    }
    return false;
}

const IMPORT_LANGUAGES = new Set(['javascript', 'typescript', 'python', 'go', 'java']);
/** Marks import lines that were only reordered or regrouped: same statements, another order. */
function classifyImports(view) {
    if (!IMPORT_LANGUAGES.has(view.language))
        return;
    const candidate = (line) => startsImport(line.tok.tokens, view.language) ||
        (view.language === 'go' && isGoImportSpec(line.tok.tokens));
    if (!view.lines.some((line) => line.cls === 'essential' && candidate(line)))
        return;
    const byPosition = new Map();
    for (const line of view.lines)
        byPosition.set(`${line.hunk}:${line.at}`, line);
    const oldItems = sideItems(view, 'del', byPosition);
    const newItems = sideItems(view, 'add', byPosition);
    const oldChanged = statements(oldItems).filter((s) => s.changed);
    const newChanged = statements(newItems).filter((s) => s.changed);
    const matchedOld = matchByKey(oldChanged, newChanged);
    const matchedNew = matchByKey(newChanged, oldChanged);
    if (matchedOld.size === 0)
        return;
    const oldOrder = order(oldItems, matchedOld);
    const newOrder = order(newItems, matchedNew);
    if (oldOrder === newOrder)
        return;
    for (const items of [oldItems, newItems]) {
        const matched = items === oldItems ? matchedOld : matchedNew;
        for (const statement of matched) {
            for (const line of statement.lines)
                if (line.cls === 'essential')
                    line.cls = 'import';
        }
    }
    markGroupBreaks(view, oldItems, newItems);
    for (const item of [...oldItems, ...newItems]) {
        if (typeof item !== 'string' && 'line' in item && item.line?.cls === 'essential') {
            item.line.cls = 'import';
        }
    }
}
function statements(items) {
    return items.filter((item) => typeof item !== 'string' && 'key' in item);
}
function matchByKey(from, to) {
    const available = new Map();
    for (const s of to)
        available.set(s.key, (available.get(s.key) ?? 0) + 1);
    const matched = new Set();
    for (const s of from) {
        const left = available.get(s.key) ?? 0;
        if (left > 0 && s.lines.some((line) => line.cls === 'essential')) {
            available.set(s.key, left - 1);
            matched.add(s);
        }
    }
    return matched;
}
/** The side's import layout: statements still there (unchanged or matched) and group breaks. */
function order(items, matched) {
    const out = [];
    for (const item of items) {
        if (typeof item === 'string') {
            // Breaks collapse: leading, repeated and trailing ones carry no order.
            if (out.length > 0 && out[out.length - 1] !== item)
                out.push(item);
        }
        else if (!('key' in item))
            out.push('block');
        else if (!item.changed || matched.has(item))
            out.push(item.raw);
    }
    while (out[out.length - 1] === 'blank' || out[out.length - 1] === 'code')
        out.pop();
    return out.join('\n');
}
/** Blank lines added or removed between import groups are part of the regrouping. */
function markGroupBreaks(view, oldItems, newItems) {
    const touched = new Set();
    for (const items of [oldItems, newItems]) {
        for (const s of statements(items))
            for (const line of s.lines)
                if (line.cls === 'import')
                    touched.add(line.hunk);
    }
    for (const line of view.lines) {
        if (line.cls === 'essential' &&
            touched.has(line.hunk) &&
            line.key === '' &&
            line.tok.comment === '') {
            const region = [...line.region.dels, ...line.region.adds];
            if (region.some((other) => other.cls === 'import'))
                line.cls = 'import';
        }
    }
}
function sideItems(view, changedKind, byPosition) {
    const items = [];
    view.hunks.forEach((hv, h) => {
        const tokens = changedKind === 'del' ? hv.oldTokens : hv.newTokens;
        let current = null;
        let goBlock = false;
        hv.hunk.lines.forEach((diff, k) => {
            if (diff.kind !== 'context' && diff.kind !== changedKind)
                return;
            const tok = tokens[k];
            if (tok === undefined)
                return;
            const changed = byPosition.get(`${h}:${k}`);
            const lineTokens = tok.tokens;
            if (current === null) {
                if (lineTokens.length === 0) {
                    if (tok.comment === '')
                        items.push('blank');
                    return;
                }
                if (goBlock) {
                    if (lineTokens[0].text === ')') {
                        goBlock = false;
                        items.push({ line: changed });
                        return;
                    }
                    items.push(statement(view.language, lineTokens, changed ? [changed] : [], diff.kind !== 'context'));
                    return;
                }
                if (!startsImport(lineTokens, view.language)) {
                    items.push('code');
                    return;
                }
                if (view.language === 'go' && lineTokens[1]?.text === '(' && lineTokens.length === 2) {
                    goBlock = true;
                    items.push({ line: changed });
                    return;
                }
                current = { tokens: [], lines: [], changed: false, depth: 0 };
            }
            for (const item of lineTokens)
                current.tokens.push(item);
            if (changed)
                current.lines.push(changed);
            if (diff.kind !== 'context')
                current.changed = true;
            for (const t of lineTokens) {
                if (t.kind !== 'punct')
                    continue;
                if (t.text === '(' || t.text === '{' || t.text === '[')
                    current.depth++;
                else if (t.text === ')' || t.text === '}' || t.text === ']')
                    current.depth--;
            }
            if (current.depth <= 0) {
                items.push(statement(view.language, current.tokens, current.lines, current.changed));
                current = null;
            }
        });
        items.push('code');
    });
    return items;
}
/** A line of a Go import block: `"path"` or `alias "path"`. */
function isGoImportSpec(tokens) {
    const last = tokens[tokens.length - 1];
    return last?.kind === 'string' && tokens.length <= 2;
}
function startsImport(tokens, language) {
    const first = tokens[0];
    if (first === undefined)
        return false;
    const second = tokens[1]?.text;
    switch (language) {
        case 'python':
            return first.text === 'import' || (first.text === 'from' && first.kind === 'keyword');
        case 'go':
        case 'java':
            return first.text === 'import' && first.kind === 'keyword';
        default:
            if (first.text === 'import')
                return second !== '(' && second !== '.';
            if (first.text === 'export') {
                return (second === '{' || second === '*') && tokens.some((t) => t.text === 'from');
            }
            return ((first.text === 'const' || first.text === 'let' || first.text === 'var') &&
                tokens.some((t, i) => t.text === 'require' && tokens[i + 1]?.text === '('));
    }
}
function statement(language, tokens, lines, changed) {
    const keys = tokens.map(tokenKey).filter((key, i, all) => {
        if (key === 'p;' && i === all.length - 1)
            return false;
        return !(key === 'p,' && (all[i + 1] === 'p}' || all[i + 1] === 'p)'));
    });
    const body = language === 'go' && keys[0] === 'kimport' ? keys.slice(1) : keys;
    const key = sortedSpecifiers(language, body).join('\u0001');
    return { key, raw: body.join('\u0001'), lines, changed };
}
/** `{ b, a }` and `import (b, a)` name the same bindings as `{ a, b }`. */
function sortedSpecifiers(language, keys) {
    const open = language === 'python' ? keys.indexOf('kimport') : keys.indexOf('p{');
    if (open < 0)
        return [...keys];
    let from = open + 1;
    let to = language === 'python' ? keys.length : keys.indexOf('p}', from);
    if (to < 0)
        return [...keys];
    if (keys[from] === 'p(') {
        from++;
        if (keys[to - 1] === 'p)')
            to--;
    }
    const names = [[]];
    for (let i = from; i < to; i++) {
        if (keys[i] === 'p,')
            names.push([]);
        else
            names[names.length - 1].push(keys[i]);
    }
    const sorted = names.map((name) => name.join(' ')).sort();
    return [...keys.slice(0, from), ...sorted, ...keys.slice(to)];
}

/** How many deleted lines sharing one key are tried as the start of a block. */
const MAX_CANDIDATES = 8;
/**
 * Line comparisons the search may make per changed line (a comparison of texts costs one more
 * per 64 characters read). Each candidate extends over its whole block, so long runs of lines
 * repeated in place (rejected, then tried again one line lower) or very long equal lines would
 * be quadratic; past this budget the search stops and the lines left stay essential.
 */
const EXTEND_STEPS_PER_LINE = 64;
/** A declaration header longer than this is data, not a signature: its regex is not run. */
const MAX_DECLARATION_LENGTH = 1_000;
const DECLARATION_STARTS = new Set(('function class async export def func type interface enum const let var public private ' +
    'protected static abstract final record struct impl fn').split(' '));
/**
 * Blocks deleted in one place and added in another, matched on lines equal modulo whitespace
 * through a hash index (bounded candidates per line, so the cost stays linear in the changed
 * lines), extended line by line in both directions.
 */
function findMovedBlocks(views, minLines) {
    let delCount = 0;
    let addCount = 0;
    for (const view of views) {
        const c = view.compact;
        for (let i = 0; i < c.count; i++) {
            if (c.data[i * STRIDE + COL_DEL] === 1)
                delCount++;
            else
                addCount++;
        }
    }
    const dels = side(views, delCount);
    const adds = side(views, addCount);
    for (let v = 0; v < views.length; v++) {
        const c = views[v].compact;
        const data = c.data;
        for (let i = 0; i < c.count; i++) {
            const line = c.line[i];
            if (line !== undefined && line.cls !== 'essential')
                continue;
            const into = data[i * STRIDE + COL_DEL] ? dels : adds;
            const q = into.length++;
            into.view[q] = v;
            into.index[q] = i;
            into.key[q] = data[i * STRIDE + COL_KEY];
            into.flags[q] = data[i * STRIDE + COL_FLAGS];
        }
    }
    const chains = chainByKey(dels);
    const claimedDel = new Uint8Array(dels.length);
    const claimedAdd = new Uint8Array(adds.length);
    const blocks = [];
    const t = {
        dels,
        adds,
        claimedDel,
        claimedAdd,
        steps: EXTEND_STEPS_PER_LINE * (dels.length + adds.length) + 1_000
    };
    for (let a = 0; a < adds.length && t.steps > 0; a++) {
        if (claimedAdd[a] === 1 || (adds.flags[a] & SIGNIFICANT) === 0)
            continue;
        let best = null;
        let bestMove = NOT_MOVED;
        let tried = 0;
        for (let p = chains.first(adds.key[a]); p >= 0 && tried < MAX_CANDIDATES; p = chains.next[p]) {
            if (claimedDel[p] === 1)
                continue;
            tried++;
            const extent = extend(t, a, p);
            const mostlyEqual = extent.exact * 2 >= extent.size;
            if (extent.size >= minLines && mostlyEqual && (best === null || extent.size > best.size)) {
                const move = isMove(extent, dels, adds);
                if (move !== NOT_MOVED) {
                    best = extent;
                    bestMove = move;
                }
            }
        }
        if (best === null)
            continue;
        const renamed = [];
        for (let k = 0; k < best.names.length; k += 2)
            renamed.push([best.names[k], best.names[k + 1]]);
        const block = {
            dels: [],
            adds: [],
            extracted: bestMove === EXTRACTED,
            renamed,
            edited: best.skipAdd < 0 ? null : claim$1(adds, best.skipAdd, 'essential').diff.newLine
        };
        for (let q = best.delFrom; q <= best.delTo; q++) {
            claimedDel[q] = 1;
            if (q !== best.skipDel)
                block.dels.push(claim$1(dels, q));
        }
        for (let q = best.addFrom; q <= best.addTo; q++) {
            claimedAdd[q] = 1;
            if (q !== best.skipAdd)
                block.adds.push(claim$1(adds, q));
        }
        blocks.push(block);
        a = best.addTo;
    }
    return blocks;
}
function side(views, size) {
    return {
        views,
        view: new Int32Array(size),
        index: new Int32Array(size),
        key: new Int32Array(size),
        flags: new Int32Array(size),
        length: 0
    };
}
/** Significant deleted lines chained by key in an open-addressing table (no per-key objects). */
function chainByKey(dels) {
    let size = 16;
    while (size < dels.length * 2)
        size *= 2;
    const mask = size - 1;
    const keys = new Int32Array(size);
    const heads = new Int32Array(size).fill(-1);
    const next = new Int32Array(dels.length).fill(-1);
    const slot = (key) => {
        let h = Math.imul(key, 0x9e3779b1) & mask;
        while (heads[h] !== -1 && keys[h] !== key)
            h = (h + 1) & mask;
        return h;
    };
    for (let p = dels.length - 1; p >= 0; p--) {
        if ((dels.flags[p] & SIGNIFICANT) === 0)
            continue;
        const h = slot(dels.key[p]);
        keys[h] = dels.key[p];
        next[p] = heads[h];
        heads[h] = p;
    }
    return { first: (key) => heads[slot(key)], next };
}
function claim$1(s, q, cls = 'moved') {
    const line = lineAt(s.views[s.view[q]], s.index[q]);
    line.cls = cls;
    return line;
}
function content(s, q) {
    const view = s.views[s.view[q]];
    const i = s.index[q];
    return contentAt(packedOf(view.file.hunks[view.compact.data[i * STRIDE + COL_HUNK]]), view.compact.data[i * STRIDE + COL_AT]);
}
function flags(s, q) {
    return s.flags[q];
}
function sameHunk(s, q, r) {
    if (s.view[q] !== s.view[r])
        return false;
    const data = s.views[s.view[q]].compact.data;
    return data[s.index[q] * STRIDE + COL_HUNK] === data[s.index[r] * STRIDE + COL_HUNK];
}
/** Equal modulo whitespace: keys first, then the text itself. */
function sameText(t, a, d) {
    if (t.adds.key[a] !== t.dels.key[d])
        return false;
    const added = content(t.adds, a);
    const deleted = content(t.dels, d);
    t.steps -= (added.length + deleted.length) >> 6;
    return added.replace(/\s+/g, '') === deleted.replace(/\s+/g, '');
}
function indentOf$4(s, q) {
    return s.views[s.view[q]].compact.data[s.index[q] * STRIDE + COL_INDENT];
}
function isBlankAt(s, q) {
    return (flags(s, q) & BLANK) !== 0;
}
/** Module functions rather than closures: `extend` runs once per candidate pair. */
function usable(t, a, d, a0, d0) {
    return (t.steps > 0 &&
        a >= 0 &&
        d >= 0 &&
        a < t.adds.length &&
        d < t.dels.length &&
        t.claimedAdd[a] === 0 &&
        t.claimedDel[d] === 0 &&
        sameHunk(t.adds, a, a0) &&
        sameHunk(t.dels, d, d0));
}
/**
 * Equal modulo whitespace, or both blank. Python: the block may shift as a whole, but its inner
 * indentation is its structure (`addBase`/`delBase` are the start lines' indents; -1 elsewhere).
 */
function matches(t, a, d, addBase, delBase) {
    t.steps--;
    if (isBlankAt(t.adds, a) && isBlankAt(t.dels, d))
        return true;
    if (!sameText(t, a, d))
        return false;
    return addBase < 0 || indentOf$4(t.adds, a) - addBase === indentOf$4(t.dels, d) - delBase;
}
function extend(t, a0, d0) {
    const python = t.adds.views[t.adds.view[a0]].language === 'python';
    const addBase = python ? indentOf$4(t.adds, a0) : -1;
    const delBase = python ? indentOf$4(t.dels, d0) : -1;
    // Back over the braces and blank lines that open the block (`}`, `@Override`, a blank line).
    let addFrom = a0;
    let delFrom = d0;
    // Names a block moved into a new function took as parameters: [from, to, from, to].
    const names = [];
    let size = 0;
    let exact = 0;
    while (usable(t, addFrom - 1, delFrom - 1, a0, d0)) {
        const a = addFrom - 1;
        const d = delFrom - 1;
        if (matches(t, a, d, addBase, delBase)) {
            if ((flags(t.adds, a) & SIGNIFICANT) !== 0)
                exact++;
        }
        else if (!renamedMatch(t, a, d, addBase, delBase, names))
            break;
        if ((flags(t.adds, a) & SIGNIFICANT) !== 0)
            size++;
        addFrom--;
        delFrom--;
    }
    let a = a0;
    let d = d0;
    let addTo = a0;
    let delTo = d0;
    let skipAdd = -1;
    let skipDel = -1;
    while (usable(t, a, d, a0, d0)) {
        const blankAdd = isBlankAt(t.adds, a);
        if (blankAdd !== isBlankAt(t.dels, d)) {
            t.steps--;
            if (blankAdd)
                a++;
            else
                d++;
            continue;
        }
        const significant = (flags(t.adds, a) & SIGNIFICANT) !== 0;
        if (matches(t, a, d, addBase, delBase)) {
            if (significant)
                exact++;
        }
        else if (renamedMatch(t, a, d, addBase, delBase, names)) ;
        else if (skipAdd < 0 &&
            usable(t, a + 1, d + 1, a0, d0) &&
            matches(t, a + 1, d + 1, addBase, delBase) &&
            (flags(t.adds, a + 1) & SIGNIFICANT) !== 0) {
            // One line edited inside a moved block stays behavioural; the block goes on after it.
            skipAdd = a++;
            skipDel = d++;
            continue;
        }
        else
            break;
        if (significant)
            size++;
        addTo = a++;
        delTo = d++;
    }
    if (skipAdd > addTo)
        skipAdd = skipDel = -1;
    return { addFrom, addTo, delFrom, delTo, size, exact, skipAdd, skipDel, names };
}
/** Equal but for names replaced consistently, at the block's relative indentation (Python). */
function renamedMatch(t, a, d, addBase, delBase, names) {
    if (isBlankAt(t.adds, a) || isBlankAt(t.dels, d))
        return false;
    if (addBase >= 0 && indentOf$4(t.adds, a) - addBase !== indentOf$4(t.dels, d) - delBase)
        return false;
    return sameButNames(content(t.dels, d), content(t.adds, a), names);
}
function isSpace$1(c) {
    return c === 32 || c === 9 || c === 13;
}
/**
 * Equal but for spacing and identifiers replaced consistently (at most two per block), the mapping
 * kept in `names` across the block's lines; `names` is unchanged when the lines differ otherwise.
 */
function sameButNames(x, y, names) {
    const before = names.length;
    let i = 0;
    let j = 0;
    let ok = true;
    for (;;) {
        while (i < x.length && isSpace$1(x.charCodeAt(i)))
            i++;
        while (j < y.length && isSpace$1(y.charCodeAt(j)))
            j++;
        if (!ok || i >= x.length || j >= y.length)
            break;
        const c = x.charCodeAt(i);
        const e = y.charCodeAt(j);
        if (isWordStart(c) && isWordStart(e)) {
            let i2 = i + 1;
            while (i2 < x.length && isWordPart(x.charCodeAt(i2)))
                i2++;
            let j2 = j + 1;
            while (j2 < y.length && isWordPart(y.charCodeAt(j2)))
                j2++;
            const u = x.slice(i, i2);
            const v = y.slice(j, j2);
            ok = u === v || mapName(names, u, v);
            i = i2;
            j = j2;
        }
        else if (c === e) {
            i++;
            j++;
        }
        else
            ok = false;
    }
    if (ok && i === x.length && j === y.length)
        return true;
    names.length = before;
    return false;
}
function mapName(names, from, to) {
    for (let k = 0; k < names.length; k += 2) {
        if (names[k] === from)
            return names[k + 1] === to;
        if (names[k + 1] === to)
            return false;
    }
    if (names.length >= 4)
        return false;
    names.push(from, to);
    return true;
}
/**
 * In-place edits are not moves: a block re-indented under a new `if` stays in its region, and
 * statements reordered inside one function change behaviour. Within one file a move must carry
 * a declaration, or land in a newly declared function (an extracted method).
 */
const NOT_MOVED = 0;
const MOVED = 1;
const EXTRACTED = 2;
function isMove(e, dels, adds) {
    if (adds.view[e.addFrom] !== dels.view[e.delFrom])
        return MOVED;
    const addView = adds.views[adds.view[e.addFrom]];
    const ca = addView.compact;
    const ai = adds.index[e.addFrom];
    const di = dels.index[e.delFrom];
    if (ca.data[ai * STRIDE + COL_HUNK] === ca.data[di * STRIDE + COL_HUNK] &&
        ca.data[ai * STRIDE + COL_REGION] === ca.data[di * STRIDE + COL_REGION])
        return NOT_MOVED;
    for (let q = e.delFrom; q <= e.delTo; q++) {
        if ((flags(dels, q) & HAS_CODE) === 0)
            continue;
        if (startsDeclaration(content(dels, q)))
            return MOVED;
        break;
    }
    const hunk = packedOf(addView.file.hunks[ca.data[ai * STRIDE + COL_HUNK]]);
    for (let k = ca.data[ai * STRIDE + COL_REGION]; k < ca.data[ai * STRIDE + COL_AT]; k++) {
        if (kindAt(hunk, k) === KIND_ADD && startsDeclaration(contentAt(hunk, k)))
            return EXTRACTED;
    }
    return NOT_MOVED;
}
/** `function f(`, `def f(`, `func (r *T) f(`, `@Override`, `public int f(...) {`, `f(x) {`. */
function startsDeclaration(text) {
    const trimmed = text.trim();
    if (trimmed.length > MAX_DECLARATION_LENGTH)
        return false;
    const first = /^[@\w]+/.exec(trimmed)?.[0] ?? '';
    if (DECLARATION_STARTS.has(first) || first.startsWith('@'))
        return true;
    // a signature ending in `{`, no `;` after its last `)`: index scans, no backtracking regex
    const open = trimmed.indexOf('(');
    const close = trimmed.lastIndexOf(')');
    return (open > 0 &&
        close > open &&
        trimmed.endsWith('{') &&
        /^[\w$<>[\], ]+$/.test(trimmed.slice(0, open)) &&
        !trimmed.slice(close).includes(';'));
}

/** Fewer occurrences than this is one changed reference: a behavioural edit, not a rename. */
const MIN_OCCURRENCES = 2;
/** Without its declaration in the diff, a rename must reach this far to be told from an edit. */
const UNDECLARED_OCCURRENCES = 3;
const UNDECLARED_FILES = 2;
/** Valid mappings applied to text (comments, prose); more would be a bulk rewrite, not a rename. */
const MAX_TEXT_MAPPINGS = 64;
/** Added lines naming the old name that a wrapper left behind may hold. */
const MAX_WRAPPER_LINES = 8;
const DECLARERS = new Set(('kfunction kclass kconst klet kvar kinterface kenum knamespace kdef kfunc ktype krecord ' +
    'wtype wstruct kfn kstruct ktrait kmod kunion kfun kval kobject wdef wclass wmodule').split(' '));
const MODIFIERS = new Set([
    'kreadonly',
    'kprivate',
    'kpublic',
    'kprotected',
    'kstatic',
    'kabstract'
]);
const TYPED_DECLARATION = new Set(['java', 'c-family', 'typescript', 'javascript']);
const AFTER_TYPED_NAME = new Set(['p=', 'p;', 'p(', 'p,', 'p)', '']);
/**
 * Identifiers renamed consistently: lines whose only difference is old name -> new name (in
 * code, string keys and paths, comments and prose), the same mapping everywhere, the old name
 * gone from the new side (but for a wrapper left behind) and the new name absent from the old
 * side. The declaration is renamed in the diff, or the rename reaches several files.
 */
function findRenames(views) {
    const candidates = [];
    const stats = new Map();
    const reverse = new Map();
    const inStrings = new Map();
    for (const view of views) {
        const code = isCode(view);
        const manifest = isPackageManifest(view);
        if (!code && !manifest)
            continue;
        for (const hv of view.hunks) {
            for (const region of hv.regions) {
                if (!region.tokenized)
                    continue;
                const dels = region.dels.filter((line) => line.cls === 'essential' && line.key !== '');
                const adds = region.adds.filter((line) => line.cls === 'essential' && line.key !== '');
                if (dels.length === 0 || adds.length === 0)
                    continue;
                const groups = dels.length === adds.length ? dels.map((del, i) => [[del], [adds[i]]]) : [[dels, adds]];
                for (const [d, a] of groups) {
                    // Prose and config name a symbol; only a package manifest's name field declares one.
                    if (!code && !(d.length === 1 && namesPackage(d[0])))
                        continue;
                    const candidate = substitutions(view, d, a, stats, reverse, inStrings);
                    if (candidate !== null)
                        candidates.push(candidate);
                }
            }
        }
    }
    const plausible = new Map();
    for (const [from, st] of stats) {
        const to = [...st.to][0];
        const consistent = st.to.size === 1 && reverse.get(to)?.size === 1;
        const reach = st.declared || (st.code >= UNDECLARED_OCCURRENCES && st.files.size >= UNDECLARED_FILES);
        const count = st.count + (inStrings.get(from)?.get(to) ?? 0);
        if (consistent && count >= MIN_OCCURRENCES && reach)
            plausible.set(from, to);
    }
    if (plausible.size === 0)
        return [];
    const names = new Set([...plausible.keys(), ...plausible.values()]);
    const seen = presence(views, names);
    const valid = new Map();
    const wrappers = new Map();
    const targets = new Set(plausible.values());
    for (const [from, to] of plausible) {
        // Two blocks swapped read as `a` -> `b` and `b` -> `a`: a move, not a rename.
        if (plausible.get(to) === from)
            continue;
        const st = stats.get(from);
        const space = st.bare === 0 && st.members > 0 ? MEMBER : st.members === 0 ? BARE : ANY;
        // In a chain (`a` -> `b`, `b` -> `c`) the middle name is on both sides, renamed each time.
        if (occurs(seen.old, to, space) && !plausible.has(to))
            continue;
        if (!occurs(seen.new, from, space) || targets.has(from))
            valid.set(from, to);
        else {
            const wrapper = wrapperOf(from, to, seen);
            if (wrapper === null)
                continue;
            valid.set(from, to);
            wrappers.set(from, wrapper);
        }
    }
    const renames = new Map();
    const renamedBy = new Map();
    const entryFor = (from, view) => {
        const to = valid.get(from);
        const rename = renames.get(from) ?? {
            from,
            to,
            occurrences: 0,
            byFile: new Map(),
            wrapper: wrappers.get(from) ?? null
        };
        renames.set(from, rename);
        const entry = rename.byFile.get(view) ?? { occurrences: 0, lines: [], at: [] };
        rename.byFile.set(view, entry);
        return { rename, entry };
    };
    for (const candidate of candidates) {
        if (!candidate.subs.every(([from, to]) => valid.get(from) === to))
            continue;
        for (const [from] of candidate.subs) {
            const { rename, entry } = entryFor(from, candidate.view);
            rename.occurrences++;
            entry.occurrences++;
            for (const item of candidate.lines)
                entry.at.push(item);
        }
        // A line renaming two symbols is counted once, under the first.
        const { entry } = entryFor(candidate.subs[0][0], candidate.view);
        for (const line of candidate.lines) {
            line.cls = 'rename';
            entry.lines.push(line);
            renamedBy.set(line, candidate.subs[0][0]);
        }
    }
    if (valid.size <= MAX_TEXT_MAPPINGS) {
        for (const view of views)
            renamedText(view, valid, entryFor, renamedBy);
    }
    return [...renames.values()];
}
/**
 * Lines the identifier pass could not read (docstrings, comments, messages, prose, manifests)
 * that the valid renames turn into their new text, and lines of a renamed region that only
 * changed spacing (gofmt re-aligning the neighbours of a renamed field).
 */
function renamedText(view, valid, entryFor, renamedBy) {
    for (const hv of view.hunks) {
        for (const region of hv.regions) {
            const pending = (line) => (line.cls === 'essential' || line.cls === 'comment') && !line.sketch.blank;
            const dels = region.dels.filter(pending);
            const adds = region.adds.filter(pending);
            if (dels.length > 0 && adds.length > 0) {
                const groups = dels.length === adds.length ? dels.map((del, i) => [[del], [adds[i]]]) : [[dels, adds]];
                for (const [d, a] of groups) {
                    const from = substitutedText(d, a, valid);
                    if (from === null)
                        continue;
                    const { rename, entry } = entryFor(from.first, view);
                    rename.occurrences += from.count;
                    entry.occurrences += from.count;
                    for (const line of [...d, ...a]) {
                        line.cls = 'rename';
                        entry.lines.push(line);
                        entry.at.push(line);
                        renamedBy.set(line, from.first);
                    }
                }
            }
            absorbRespacing(region, entryFor, renamedBy);
        }
    }
}
/** Whitespace-only lines of a region whose other changed lines are all the rename. */
function absorbRespacing(region, entryFor, renamedBy) {
    const lines = [...region.dels, ...region.adds];
    const renamed = lines.find((line) => line.cls === 'rename');
    if (renamed === undefined)
        return;
    if (lines.some((line) => line.cls !== 'rename' && line.cls !== 'format'))
        return;
    const { entry } = entryFor(renamedBy.get(renamed), region.view);
    for (const line of lines) {
        if (line.cls !== 'format')
            continue;
        line.cls = 'rename';
        entry.lines.push(line);
    }
}
function substitutions(view, dels, adds, stats, reverse, inStrings) {
    const before = layoutFree(dels, view.language);
    const after = layoutFree(adds, view.language);
    if (before.length !== after.length)
        return null;
    const subs = [];
    const declared = [];
    const inCode = [];
    const bare = [];
    const member = [];
    const manifest = isPackageManifest(view);
    for (let k = 0; k < before.length; k++) {
        if (before[k] === after[k])
            continue;
        if (before[k][0] === 's' && after[k][0] === 's') {
            // A string key, module path or package name renamed with the symbol it names.
            const inString = nameSubstitutions(before[k].slice(1), after[k].slice(1));
            if (inString === null)
                return null;
            for (const pair of inString) {
                subs.push(pair);
                declared.push(false);
                inCode.push(false);
                bare.push(false);
                member.push(false);
            }
            continue;
        }
        if (before[k][0] !== 'w' || after[k][0] !== 'w')
            return null;
        subs.push([before[k].slice(1), after[k].slice(1)]);
        declared.push(manifest || isDeclaration(before, k, view.language));
        inCode.push(!manifest);
        // A member or a qualifier swapped (`bytes.Buffer` -> `strings.Builder`) is an API change.
        bare.push(!manifest && before[k - 1] !== 'p.' && before[k + 1] !== 'p.');
        member.push(before[k - 1] === 'p.');
    }
    if (subs.length === 0)
        return null;
    subs.forEach(([from, to], i) => {
        if (!inCode[i] && !declared[i]) {
            // Strings only confirm a rename the code shows: a changed string alone is an edit.
            const counts = inStrings.get(from) ?? new Map();
            inStrings.set(from, counts);
            counts.set(to, (counts.get(to) ?? 0) + 1);
            return;
        }
        const s = stats.get(from) ?? {
            to: new Set(),
            count: 0,
            declared: false,
            code: 0,
            files: new Set(),
            members: 0,
            bare: 0
        };
        stats.set(from, s);
        s.to.add(to);
        s.count++;
        s.declared ||= declared[i];
        if (inCode[i] && !declared[i]) {
            if (member[i])
                s.members++;
            else
                s.bare++;
        }
        if (bare[i]) {
            s.code++;
            s.files.add(view);
        }
        const back = reverse.get(to) ?? new Set();
        reverse.set(to, back);
        back.add(from);
    });
    return { view, lines: [...dels, ...adds], subs };
}
/** Name-for-name replacements turning string `a` into `b`; null when anything else changed. */
function nameSubstitutions(a, b) {
    const x = nameRuns(a);
    const y = nameRuns(b);
    if (x.length !== y.length)
        return null;
    const out = [];
    for (let i = 0; i < x.length; i++) {
        if (x[i] === y[i])
            continue;
        if (!isWordStart(x[i].charCodeAt(0)) || !isWordStart(y[i].charCodeAt(0)))
            return null;
        out.push([x[i], y[i]]);
    }
    return out;
}
/** The text cut into identifier runs and single other characters. */
function nameRuns(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        let j = i + 1;
        if (isWordPart(text.charCodeAt(i))) {
            while (j < text.length && isWordPart(text.charCodeAt(j)))
                j++;
        }
        out.push(text.slice(i, j));
        i = j;
    }
    return out;
}
/** Files whose words are code: every tokenized language, and Ruby (read by the `#` tokenizer). */
function isCode(view) {
    if (view.language !== 'text' && view.language !== 'hash')
        return true;
    const path = view.file.path;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (view.language === 'hash' &&
        (name.endsWith('.rb') || name.endsWith('.rake') || name === 'Rakefile' || name === 'Gemfile'));
}
/** `package.json`: its `"name"` field declares the package name that imports refer to. */
function isPackageManifest(view) {
    return view.file.path === 'package.json' || view.file.path.endsWith('/package.json');
}
function namesPackage(line) {
    return /^\s*"name"\s*:/.test(line.diff.content);
}
/**
 * The valid renames applied to the deleted lines' text give the added lines' text (spacing
 * aside): which rename came first, and how many names it replaced.
 */
function substitutedText(dels, adds, valid) {
    let first = null;
    let count = 0;
    let renamed = '';
    for (const line of dels) {
        for (const run of nameRuns(line.diff.content)) {
            const to = isWordStart(run.charCodeAt(0)) ? valid.get(run) : undefined;
            if (to === undefined)
                renamed += run;
            else {
                first ??= run;
                count++;
                renamed += to;
            }
        }
        renamed += '\n';
    }
    if (first === null)
        return null;
    const target = adds.map((line) => line.diff.content).join('\n') + '\n';
    return squeeze(renamed) === squeeze(target) ? { first, count } : null;
}
/** Whitespace runs as one space, ends trimmed: re-alignment and re-wrapping are not edits. */
function squeeze(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * A rename whose old name is still declared on the new side: a wrapper left behind for
 * compatibility, new code that declares the old name and calls the new one in the same place.
 */
function wrapperOf(from, to, seen) {
    if (seen.newContext.has(from))
        return null;
    // A wrapper is one declaration: a name added on many lines is new code, not a wrapper.
    const lines = seen.newAdded.get(from) ?? [];
    if (lines.length > MAX_WRAPPER_LINES)
        return null;
    for (const line of lines) {
        const keys = layoutFree([line], line.region.view.language);
        const k = keys.indexOf('w' + from);
        if (k < 0 || !isDeclaration(keys, k, line.region.view.language))
            continue;
        const calls = line.region.adds.some((add) => add !== line && add.tok.tokens.some((t) => t.kind === 'word' && t.text === to));
        if (calls)
            return { view: line.region.view, line };
    }
    return null;
}
/** The name is introduced here: a declaration, assignment target, key, parameter or method. */
function isDeclaration(keys, k, language) {
    const prev = keys[k - 1] ?? '';
    const next = keys[k + 1] ?? '';
    const statementStart = prev === '' || prev[0] === '\u21e5';
    if (DECLARERS.has(prev) || next === 'p:=')
        return true;
    // A Rust field: `pub name: T`, `pub(crate) name: T`.
    if (keys[0] === 'kpub' && next === 'p:' && (prev === 'kpub' || prev === 'p)'))
        return true;
    if (prev === 'p.' && (keys[k - 2] === 'kthis' || keys[k - 2] === 'wself'))
        return next === 'p=';
    const opensList = prev === 'p{' || prev === 'p,' || prev === 'p(';
    if ((next === 'p=' || next === 'p:') && (statementStart || opensList || MODIFIERS.has(prev))) {
        return true;
    }
    if (statementStart && next === 'p(' && keys[keys.length - 1] === 'p{')
        return true;
    if (TYPED_DECLARATION.has(language) && AFTER_TYPED_NAME.has(next)) {
        const typed = prev[0] === 'w' || prev === 'p>' || prev === 'p]' || isTypeKeyword(prev);
        if (typed)
            return true;
    }
    if (language === 'go') {
        if ((statementStart || prev === 'p(' || prev === 'p,') && /^[wk]|^p[*[]$/.test(next))
            return true;
        if (prev === 'p)' && keys[0] === 'kfunc')
            return true;
    }
    // `Router.prototype.match = function (...)`, `exports.match = async () => ...`
    if (prev === 'p.' && next === 'p=') {
        const value = keys[k + 2] ?? '';
        if (keys[k - 2] === 'wprototype' || value === 'kfunction' || value === 'kasync')
            return true;
    }
    const first = keys[0]?.[0] === '\u21e5' ? keys[1] : keys[0];
    const signature = first === 'kdef' || first === 'wdef' || first === 'kfunction' || hasArrow(keys);
    return signature && (prev === 'p(' || prev === 'p,') && (next === 'p)' || next === 'p,');
}
/** Whether a line's keys hold `=>`, read once per line however many names it declares. */
const ARROWS = new WeakMap();
function hasArrow(keys) {
    let arrow = ARROWS.get(keys);
    if (arrow === undefined) {
        arrow = keys.includes('p=>');
        ARROWS.set(keys, arrow);
    }
    return arrow;
}
const TYPE_KEYWORDS = new Set('kint klong kshort kbyte kchar kboolean kdouble kfloat kvoid kstring knumber kboolean kbigint ksymbol kobject kunknown kany'.split(' '));
function isTypeKeyword(key) {
    return TYPE_KEYWORDS.has(key);
}
const BARE = 0;
const MEMBER = 1;
const ANY = 2;
function occurs(side, name, space) {
    return space === ANY ? side[0].has(name) || side[1].has(name) : side[space].has(name);
}
/** Where the candidate names occur, in code files (prose mentions are not references). */
function presence(views, names) {
    const seen = {
        oldSide: new Set(),
        newSide: new Set(),
        newContext: new Set(),
        newAdded: new Map(),
        old: [new Set(), new Set()],
        new: [new Set(), new Set()]
    };
    for (const view of views) {
        if (!isCode(view))
            continue;
        for (const hv of view.hunks) {
            if (hv.tokenized) {
                const added = new Map();
                for (const region of hv.regions)
                    for (const line of region.adds)
                        added.set(line.at, line);
                for (const tok of hv.oldTokens) {
                    if (tok !== undefined)
                        collect(tok.tokens, names, seen.oldSide, seen.old);
                }
                hv.newTokens.forEach((tok, k) => {
                    if (tok === undefined)
                        return;
                    const line = added.get(k);
                    collect(tok.tokens, names, seen.newSide, seen.new);
                    for (const token of tok.tokens) {
                        if (token.kind !== 'word' || !names.has(token.text))
                            continue;
                        if (line === undefined)
                            seen.newContext.add(token.text);
                        else {
                            const list = seen.newAdded.get(token.text) ?? [];
                            if (list.at(-1) !== line)
                                list.push(line);
                            seen.newAdded.set(token.text, list);
                        }
                    }
                });
                continue;
            }
            // Untokenized hunks: whole-word matches in the text (comments included, so stricter).
            for (const line of hv.hunk.lines) {
                for (const name of names) {
                    if (!containsWord(line.content, name))
                        continue;
                    if (line.kind !== 'add') {
                        seen.oldSide.add(name);
                        seen.old[BARE].add(name);
                        seen.old[MEMBER].add(name);
                    }
                    if (line.kind !== 'del') {
                        seen.newSide.add(name);
                        seen.newContext.add(name);
                        seen.new[BARE].add(name);
                        seen.new[MEMBER].add(name);
                    }
                }
            }
        }
    }
    return seen;
}
function collect(tokens, names, into, byPlace) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'word' || !names.has(token.text))
            continue;
        into.add(token.text);
        const after = i > 0 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '.';
        byPlace[after ? MEMBER : BARE].add(token.text);
    }
}
function containsWord(text, word) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const before = at > 0 ? text.charCodeAt(at - 1) : 32;
        const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
        if (!isWordPart(before) && !isWordPart(after))
            return true;
    }
    return false;
}

const RULE_OF = {
    format: 'format-only',
    comment: 'comment-only',
    import: 'import-reorder',
    rename: 'rename-symbol',
    moved: 'moved-code',
    'file-rename': 'file-rename'
};
/**
 * Hunks with no essential line go to a separate refactor PR (hunk numbers index
 * `ChangedFile.hunks`, from 0); hunks with any behavioural line remain, and name their refactor
 * lines (`mixed`) so that `split` can carve them at line level. Undefined when nothing would move.
 */
function splitPlan(files, views, generated, fileRenames) {
    const renamed = new Set(fileRenames.filter((r) => !r.inferred).map((r) => r.file));
    if (generated.length === 0 && renamed.size === 0 && onlyEssential(views))
        return undefined;
    const generatedFiles = new Set(generated.map((g) => g.file));
    const plan = { separate: [], remaining: [] };
    for (const file of files) {
        const all = file.hunks.map((_, i) => i);
        if (generatedFiles.has(file)) {
            plan.separate.push({ path: file.path, hunks: all, reason: 'generated-churn' });
            continue;
        }
        const view = views.get(file);
        const separate = [];
        const remaining = [];
        const reasons = new Set(renamed.has(file) ? ['file-rename'] : []);
        const essential = new Uint8Array(file.hunks.length);
        const kinds = new Map();
        const refactorLines = new Map();
        const c = view?.compact;
        for (let i = 0; c !== undefined && i < c.count; i++) {
            const line = c.line[i];
            // Lines never materialized are behavioural (blank ones go with their neighbours).
            if (line === undefined) {
                if ((c.data[i * STRIDE + COL_FLAGS] & BLANK) === 0)
                    essential[c.data[i * STRIDE + COL_HUNK]] = 1;
            }
            else if (line.cls === 'essential')
                essential[line.hunk] = 1;
            else {
                kinds.set(line.hunk, (kinds.get(line.hunk) ?? new Set()).add(RULE_OF[line.cls]));
                const lines = refactorLines.get(line.hunk);
                if (lines === undefined)
                    refactorLines.set(line.hunk, [line.at]);
                else
                    lines.push(line.at);
            }
        }
        const mixed = [];
        view?.hunks.forEach((_, h) => {
            if (essential[h] === 1 || !kinds.has(h)) {
                remaining.push(h);
                const lines = refactorLines.get(h);
                if (lines !== undefined) {
                    const reason = [...(kinds.get(h) ?? [])].join(', ');
                    mixed.push({ hunk: h, lines: lines.sort((a, b) => a - b), reason });
                }
            }
            else {
                separate.push(h);
                for (const rule of kinds.get(h) ?? [])
                    reasons.add(rule);
            }
        });
        if (view === undefined)
            for (const item of all)
                remaining.push(item);
        if (separate.length > 0 || (renamed.has(file) && remaining.length === 0)) {
            plan.separate.push({ path: file.path, hunks: separate, reason: [...reasons].join(', ') });
        }
        if (remaining.length > 0 || (!renamed.has(file) && separate.length === 0)) {
            plan.remaining.push(mixed.length > 0
                ? { path: file.path, hunks: remaining, mixed }
                : { path: file.path, hunks: remaining });
        }
    }
    const carved = plan.remaining.some((entry) => entry.mixed !== undefined);
    return plan.separate.length > 0 || carved ? plan : undefined;
}
/** No line was classed as refactor work (lines never materialized are behavioural). */
function onlyEssential(views) {
    for (const view of views.values()) {
        for (const line of view.lines)
            if (line.cls !== 'essential')
                return false;
    }
    return true;
}

/**
 * Noise kinds in precedence order: when two findings claim lines of one file, the earlier kind
 * keeps them (out of scope first: a file the task never asked for is noise whatever it holds).
 */
const NOISE = [
    { rule: 'out-of-scope', name: 'out of scope', explain: 'lines in files outside the task scope' },
    {
        rule: 'generated-churn',
        name: 'generated',
        explain: 'lines of generated files changed with no source change they follow'
    },
    {
        rule: 'file-rename',
        name: 'file renames',
        explain: 'renamed or moved files (the path change counts as one line)'
    },
    { rule: 'moved-code', name: 'moved', explain: 'lines deleted in one place and added in another' },
    { rule: 'rename-symbol', name: 'renamed', explain: 'lines that only rename a symbol' },
    { rule: 'import-reorder', name: 'imports', explain: 'import lines only reordered or regrouped' },
    { rule: 'format-only', name: 'format', explain: 'lines that only change layout' },
    {
        rule: 'comment-only',
        name: 'comments',
        explain: 'lines that only change comments or docstrings'
    }
];
const PRECEDENCE = new Map(NOISE.map((kind, i) => [kind.rule, i]));
function changedLines$1(file) {
    return file.additions + file.deletions;
}
/** A finding's lines per path: moves and inferred renames span two files. */
function portions(finding) {
    const lines = finding.lines ?? 0;
    const e = finding.evidence ?? {};
    if (finding.rule === 'moved-code' || finding.rule === 'file-rename') {
        const from = finding.rule === 'moved-code' ? e.from.path : String(e.from);
        const deleted = Number(e.deletedLines ?? 0);
        return [
            [from, deleted],
            [finding.path ?? '', lines - deleted]
        ];
    }
    return [[finding.path ?? '', lines]];
}
/**
 * The share of changed lines that are essential (behavioural, in scope, or a refactor the task
 * allowed) against noise; each line counted once. Generated files that follow a hand-written
 * change in the same PR are reported but not scored.
 */
function scoreMinimality(input, findings) {
    const capacity = new Map();
    for (const file of input.changeSet.files) {
        const renamed = file.status === 'renamed' && file.oldPath !== null && file.oldPath !== file.path;
        capacity.set(file.path, (capacity.get(file.path) ?? 0) + changedLines$1(file) + (renamed ? 1 : 0));
    }
    const ranked = findings
        .filter((f) => PRECEDENCE.has(f.rule) && (f.lines ?? 0) > 0)
        .sort((a, b) => (PRECEDENCE.get(a.rule) ?? 0) - (PRECEDENCE.get(b.rule) ?? 0));
    for (const f of ranked) {
        if (f.rule === 'file-rename' && f.evidence?.inferred === true && f.path !== undefined) {
            capacity.set(f.path, (capacity.get(f.path) ?? 0) + 1);
        }
    }
    const left = new Map(capacity);
    const noise = new Map();
    const commentTakes = [];
    let requested = 0;
    let excluded = 0;
    for (const f of ranked) {
        for (const [path, want] of portions(f)) {
            const take = Math.min(want, left.get(path) ?? 0);
            if (take <= 0)
                continue;
            left.set(path, (left.get(path) ?? 0) - take);
            if (f.rule === 'generated-churn' && f.evidence?.expected === true)
                excluded += take;
            else if (f.evidence?.requested === true)
                requested += take;
            else {
                noise.set(f.rule, (noise.get(f.rule) ?? 0) + take);
                if (f.rule === 'comment-only')
                    commentTakes.push([path, take]);
            }
        }
    }
    // Comments in a file whose behaviour changes document that change: they are not noise.
    for (const [path, take] of commentTakes) {
        if ((left.get(path) ?? 0) > 0)
            noise.set('comment-only', (noise.get('comment-only') ?? 0) - take);
    }
    let total = -excluded;
    for (const n of capacity.values())
        total += n;
    if (total <= 0) {
        return {
            value: 100,
            components: [
                {
                    name: 'essential',
                    lines: 0,
                    explain: excluded > 0
                        ? 'Only regenerated files changed: nothing to score.'
                        : 'No changed lines: nothing to score.'
                }
            ]
        };
    }
    let noisy = 0;
    for (const n of noise.values())
        noisy += n;
    const essential = total - noisy;
    const components = [
        {
            name: 'essential',
            lines: essential - requested,
            explain: 'changed lines that change behaviour (what the reviewer must read)'
        }
    ];
    if (requested > 0) {
        components.push({
            name: 'requested refactors',
            lines: requested,
            explain: 'refactor lines the task allows (task.allow, the PR title or commit subjects, or a PR that is only that kind of change), counted as essential'
        });
    }
    for (const kind of NOISE) {
        const lines = noise.get(kind.rule) ?? 0;
        if (lines > 0)
            components.push({ name: kind.name, lines, explain: kind.explain });
    }
    if (excluded > 0) {
        components.push({
            name: 'generated, not scored',
            lines: excluded,
            explain: 'generated files that follow a hand-written change in this PR'
        });
    }
    return { value: Math.floor((100 * essential) / total), components };
}
/** Refactor kinds whose findings are noise the score weighs (out of scope is the task's own). */
const QUIETED = new Set(NOISE.map((kind) => kind.rule).filter((rule) => rule !== 'out-of-scope'));
/**
 * Refactor noise warns only when it costs the reviewer: with the score at or above `warn_below`,
 * an unrequested refactor finding at its default level is info (a configured level stands).
 */
function quietSmallNoise(input, findings, score) {
    if (score.value < input.config.minimality.warn_below)
        return [...findings];
    return findings.map((f) => QUIETED.has(f.rule) && f.severity === 'warn' && input.config.rules[f.rule] === undefined
        ? { ...f, severity: 'info', evidence: { ...f.evidence, smallNoise: true } }
        : f);
}
/**
 * `low-minimality` from the final score: block below `block_below` (unless configured `warn` or
 * `info`), warn below `warn_below` (info when configured `info`), nothing when `off`. Its
 * severity is final: append it after levels.
 */
function lowMinimalityFinding(input, score) {
    const configured = input.config.rules['low-minimality'];
    const { warn_below: warnBelow, block_below: blockBelow } = input.config.minimality;
    if (configured === 'off' || score.value >= warnBelow)
        return null;
    const severity = configured === 'info'
        ? 'info'
        : score.value < blockBelow && configured !== 'warn'
            ? 'block'
            : 'warn';
    const noise = score.components
        .filter((c) => c.name !== 'essential' && c.name !== 'requested refactors' && !c.name.endsWith('not scored'))
        .sort((a, b) => b.lines - a.lines);
    const largest = noise[0];
    return {
        rule: 'low-minimality',
        severity,
        message: `Minimality score ${score.value} is below ${severity === 'block' ? blockBelow : warnBelow}` +
            (largest ? `: the largest noise is ${largest.name} (${largest.lines} lines).` : '.'),
        evidence: { score: score.value, warnBelow, blockBelow },
        why: 'Most of this diff is not the change the task asked for: review it in separate PRs.',
        fix: 'Follow the split plan: move the noise to its own PR, or allow it in task.allow.'
    };
}

/**
 * Minimality and unrequested refactors: every changed line gets one class, in this order of
 * precedence: generated file, package line of a renamed file, import reorder, layout or comment
 * (within its region), symbol rename, moved block (or a rename inferred from one), essential.
 */
const minimalityFamily = {
    name: 'minimality',
    rules: MINIMALITY_RULES,
    detect(input) {
        const { changeSet, config } = input;
        const generated = findGeneratedFiles(changeSet.files, changeSet.gitattributes, config.generated);
        const generatedFiles = new Set(generated.map((g) => g.file));
        const views = new Map();
        for (const file of changeSet.files) {
            if (generatedFiles.has(file) || file.binary || file.patchMissing)
                continue;
            if (file.hunks.length > 0)
                views.set(file, buildFileView(file));
        }
        const list = [...views.values()];
        const reported = reportedRenames(changeSet.files, views);
        for (const view of list) {
            classifyImports(view);
            classifyLayout(view);
        }
        const renames = findRenames(list);
        const moved = inferredRenames(findMovedBlocks(list, config.minimality.min_moved_lines));
        for (const view of list) {
            attachAddedComments(view);
            resolveBlankLines(view);
        }
        const fileRenames = [...reported, ...moved.renames];
        const findings = minimalityFindings({ views: list, generated, renames, blocks: moved.remaining, fileRenames }, input);
        const plan = splitPlan(changeSet.files, views, generated, fileRenames);
        return plan === undefined ? { findings } : { findings, splitPlan: plan };
    }
};

/** Blocks when the config requires a human approval for the category, else warns. */
function severityFor(config, category) {
    return config.require_human_approval_for.includes(category) ? 'block' : 'warn';
}
/** One line naming both labels that approve a category and who may add them. */
function approvalFix(config, category) {
    const { label, category_label_prefix: prefix, min_role: role, allow_author } = config.override;
    const who = `a reviewer with the ${role} role or higher${allow_author ? '' : ' (not the PR author)'}`;
    return `Approve: ${who} adds the label \`${prefix}${category}\` (this category) or \`${label}\` (the whole PR).`;
}

/** What most files yield from each risk rule: shared, so that a clean file allocates nothing. */
const NO_FINDINGS = Object.freeze([]);

/** How every risk glob is read: dotfiles match `*`, case never matters, `!` is ours to handle. */
const GLOB_OPTIONS = { dot: true, nocase: true, nonegate: true, nocomment: true };
function compileGlobs(globs) {
    const newestFirst = [];
    for (const raw of globs) {
        const exclude = raw.startsWith('!');
        const glob = exclude ? raw.slice(1) : raw;
        const regex = glob.trim() === '' ? false : minimatch.makeRe(glob, GLOB_OPTIONS);
        if (regex)
            newestFirst.unshift({ glob: raw, exclude, regex, literal: requiredLiteral(glob) });
    }
    const literals = newestFirst.filter((entry) => !entry.exclude).map((entry) => entry.literal);
    // One test for "could any including glob match?" turns most paths away before the loop.
    const anyLiteral = literals.includes('') ? null : new RegExp(literals.map(escapeRegExp).join('|'));
    return {
        match(path) {
            if (literals.length === 0)
                return null;
            const lower = path.toLowerCase();
            if (anyLiteral !== null && !anyLiteral.test(lower))
                return null;
            // The last glob in the list decides, so the first match from the end is the answer.
            for (const entry of newestFirst) {
                if (lower.includes(entry.literal) && entry.regex.test(path)) {
                    return entry.exclude ? null : entry.glob;
                }
            }
            return null;
        }
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const SLASH$1 = 47;
/**
 * The longest run of plain characters outside wildcards, braces, classes and extglob groups,
 * without edge slashes (`**\/` may match nothing): any path the glob matches contains it.
 */
function requiredLiteral(glob) {
    // Runs are tracked as index ranges: no string is built until the longest one is known.
    let bestStart = 0;
    let bestEnd = 0;
    let runStart = 0;
    let depth = 0;
    const close = (end) => {
        let start = runStart;
        while (start < end && glob.charCodeAt(start) === SLASH$1)
            start++;
        while (end > start && glob.charCodeAt(end - 1) === SLASH$1)
            end--;
        if (end - start > bestEnd - bestStart) {
            bestStart = start;
            bestEnd = end;
        }
    };
    for (let i = 0; i < glob.length; i++) {
        const ch = glob.charAt(i);
        if (ch === '{' || ch === '(' || ch === '[')
            depth++;
        else if ((ch === '}' || ch === ')' || ch === ']') && depth > 0)
            depth--;
        else if (depth === 0 && !'*?!+@|\\,'.includes(ch))
            continue;
        close(i);
        runStart = i + 1;
    }
    close(glob.length);
    return glob.slice(bestStart, bestEnd).toLowerCase();
}
function matchChangedPaths(matcher, path, oldPath) {
    const current = matcher.match(path);
    const moved = oldPath !== null && oldPath !== path ? oldPath : null;
    const previous = moved === null ? null : matcher.match(moved);
    if (current !== null) {
        return {
            glob: current,
            path,
            movedInto: moved !== null && previous === null,
            movedOutOf: false
        };
    }
    if (moved !== null && previous !== null) {
        return { glob: previous, path: moved, movedInto: false, movedOutOf: true };
    }
    return null;
}

/** Categories reported by their own rule (agent-config-change, gate-config-change, dependency-change). */
const DEDICATED_CATEGORIES = new Set(['agent_config', 'gate', 'dependencies']);
/** Keyed by the config's category names: a Map, so no name can reach `Object.prototype`. */
const WHY$b = new Map([
    ['deploy', 'Deployment files decide what runs in production and how it is exposed.'],
    ['prod_config', 'Production settings act on live users and data as soon as they ship.'],
    ['billing', 'Billing code moves money: a subtle change overcharges customers or loses revenue.'],
    ['secrets', 'Key, certificate and env files hold credentials or decide where they come from.'],
    ['ci', 'CI files decide what runs with the repository token and secrets.']
]);
function compileSensitiveCategories(config) {
    const testPaths = compileGlobs(config.tests.paths);
    const exempt = new Set(config.tests.exempt_categories);
    return Object.entries(config.sensitive)
        .filter(([category]) => !DEDICATED_CATEGORIES.has(category))
        .map(([category, globs]) => {
        const matcher = compileGlobs(globs);
        return { category, matcher: exempt.has(category) ? outside(testPaths, matcher) : matcher };
    });
}
/**
 * `matcher` on paths that are not tests or fixtures. Each side of a rename is judged on its own,
 * so moving a production file into `tests/` still matches on its old path.
 */
function outside(testPaths, matcher) {
    return { match: (path) => (testPaths.match(path) === null ? matcher.match(path) : null) };
}
function detectSensitivePaths(file, categories, config) {
    let findings = null;
    for (const { category, matcher } of categories) {
        const match = matchChangedPaths(matcher, file.path, file.oldPath);
        if (match === null)
            continue;
        findings ??= [];
        findings.push({
            rule: 'sensitive-path',
            severity: severityFor(config, category),
            message: describeChange(file, match, `a sensitive path (${category})`),
            path: file.path,
            category,
            evidence: pathEvidence(file, match),
            why: WHY$b.get(category) ?? `The gate config marks this path as sensitive (${category}).`,
            approve: approvalFix(config, category)
        });
    }
    return findings ?? NO_FINDINGS;
}
/** What happened to a matched file, rename direction included; `what` is a noun phrase. */
function describeChange(file, match, what) {
    if (match.movedInto)
        return `Moves \`${file.oldPath}\` into ${what}: \`${file.path}\``;
    if (match.movedOutOf)
        return `Moves ${what} out: \`${match.path}\` to \`${file.path}\``;
    const verb = file.status === 'added' ? 'Adds' : file.status === 'deleted' ? 'Deletes' : 'Changes';
    return `${verb} ${what}: \`${file.path}\``;
}
function pathEvidence(file, match) {
    const moved = file.oldPath !== null && file.oldPath !== file.path;
    return moved ? { glob: match.glob, from: file.oldPath, to: file.path } : { glob: match.glob };
}

const WHY$a = 'Agent instructions, rules and MCP servers steer every later agent run, including what it may skip or call.';
/** Agent control files (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json...): the `agent_config` globs. */
function detectAgentConfig(file, matcher, config) {
    const match = matchChangedPaths(matcher, file.path, file.oldPath);
    if (match === null)
        return NO_FINDINGS;
    return [
        {
            rule: 'agent-config-change',
            severity: severityFor(config, 'agent_config'),
            message: describeChange(file, match, 'an agent config file'),
            path: file.path,
            category: 'agent_config',
            evidence: pathEvidence(file, match),
            why: WHY$a,
            approve: approvalFix(config, 'agent_config')
        }
    ];
}

/** Leading spaces of a line: YAML and JSON nesting as far as a hunk can show it. */
function indentOf$3(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
/** Drops a YAML comment: `#` at the start or after whitespace, outside quotes. */
function stripYamlComment(text) {
    if (!text.includes('#'))
        return text;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
        }
        else if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
            return text.slice(0, i).trimEnd();
        }
    }
    return text;
}
const LIST_DASH$1 = /^\s*(?:-\s+)?/;
/** The key of a `key:` or `"key":` line, without list dash and quotes, else null. */
function keyOf(text) {
    // The key runs to the line's first colon, which must end the line or precede a space.
    const from = LIST_DASH$1.exec(text)[0].length;
    const colon = text.indexOf(':', from);
    if (colon < 0)
        return null;
    const after = text.charCodeAt(colon + 1);
    if (colon + 1 < text.length && !isSpace(after))
        return null;
    let key = text.slice(from, colon).trimEnd();
    if (key.startsWith('"') || key.startsWith("'"))
        key = key.slice(1);
    if (key.endsWith('"') || key.endsWith("'"))
        key = key.slice(0, -1);
    if (key === '' || isSpace(key.charCodeAt(0)) || /["']/.test(key))
        return null;
    return key;
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}
/** Per hunk and side, each line's enclosing key: computed once per hunk in one pass. */
const enclosingKeys = new WeakMap();
/**
 * The key of the nearest less-indented line above `index` on one side of the hunk ('new': added
 * and context lines, 'old': removed and context lines); null when the hunk does not show it.
 */
function enclosingKey(hunk, index, side) {
    let sides = enclosingKeys.get(hunk);
    if (sides === undefined) {
        sides = new Map();
        enclosingKeys.set(hunk, sides);
    }
    let keys = sides.get(side);
    if (keys === undefined) {
        keys = keysAbove(hunk, side);
        sides.set(side, keys);
    }
    return keys[index] ?? null;
}
/**
 * A stack of the lines still open (indents rising): the nearest less-indented line above any
 * line is on it, so one pass with a binary search per line answers every line.
 */
function keysAbove(hunk, side) {
    const skip = side === 'new' ? 'del' : 'add';
    const open = [];
    const keys = [];
    for (const line of hunk.lines) {
        const indent = indentOf$3(line.content);
        let lo = 0;
        let hi = open.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (open[mid].indent < indent)
                lo = mid + 1;
            else
                hi = mid;
        }
        keys.push(lo > 0 ? open[lo - 1].key : null);
        if (line.kind === skip)
            continue;
        const text = stripYamlComment(line.content);
        if (text.trim() === '')
            continue;
        const own = indentOf$3(text);
        while (open.length > 0 && open[open.length - 1].indent >= own)
            open.pop();
        open.push({ indent: own, key: keyOf(text) });
    }
    return keys;
}
/** The line a finding about a removed line points at: the nearest new-file line of its hunk. */
function newSideLine(hunk, index) {
    for (let i = index; i < hunk.lines.length; i++) {
        const line = hunk.lines[i].newLine;
        if (line !== null)
            return line;
    }
    for (let i = index - 1; i >= 0; i--) {
        const line = hunk.lines[i].newLine;
        if (line !== null)
            return line;
    }
    return Math.max(hunk.newStart, 1);
}
/** Every changed line of a file, with its hunk and position for context lookups. */
function* changedLines(file) {
    for (const hunk of file.hunks) {
        for (let index = 0; index < hunk.lines.length; index++) {
            const line = hunk.lines[index];
            if (line.kind !== 'context')
                yield { hunk, index, line };
        }
    }
}
/**
 * Added occurrences of each signal beyond the removed occurrences of the same signal: a line
 * that only moved or was re-indented adds nothing.
 */
function netAdded(added, removed) {
    const removedCount = new Map();
    for (const signal of removed)
        removedCount.set(signal.key, (removedCount.get(signal.key) ?? 0) + 1);
    return added.filter((signal) => {
        const left = removedCount.get(signal.key) ?? 0;
        if (left === 0)
            return true;
        removedCount.set(signal.key, left - 1);
        return false;
    });
}

/** npm lifecycle scripts that run on `npm install` (of this package or as a git dependency). */
const INSTALL_SCRIPT = /^\s*"(preinstall|install|postinstall|preprepare|prepare|postprepare)"\s*:\s*("(?:[^"\\]|\\.)*")/;
const PACKAGE_JSON = /(?:^|\/)package\.json$/i;
const LOCKFILE = /(?:^|\/)[^/]*(?:lock[^/]*|\.sum)$/i;
function detectDependencies(file, matcher, config) {
    const scripts = PACKAGE_JSON.test(file.path) ? changedInstallScripts(file) : null;
    if (scripts !== null && scripts.length > 0) {
        return scripts.map(({ script, line }) => ({
            rule: 'dependency-change',
            severity: 'block',
            message: `Adds or changes the \`${script}\` script, which runs on every install`,
            path: file.path,
            line,
            category: 'dependencies',
            evidence: { script },
            why: 'An install script runs arbitrary code on every developer machine and CI job that installs the package.',
            approve: approvalFix(config, 'dependencies')
        }));
    }
    const match = matchChangedPaths(matcher, file.path, file.oldPath);
    if (match === null)
        return NO_FINDINGS;
    const what = LOCKFILE.test(match.path) ? 'a lockfile' : 'a dependency manifest';
    return [
        {
            rule: 'dependency-change',
            severity: severityFor(config, 'dependencies'),
            message: describeChange(file, match, what),
            path: file.path,
            category: 'dependencies',
            evidence: pathEvidence(file, match),
            why: 'New or upgraded packages run code at build and install time and ship to users.',
            approve: approvalFix(config, 'dependencies')
        }
    ];
}
/** Install-script lines added with a command that no removed line had (a move changes nothing). */
function changedInstallScripts(file) {
    if (file.status === 'deleted')
        return [];
    const added = [];
    const removed = [];
    for (const { hunk, index, line } of changedLines(file)) {
        const side = line.kind === 'add' ? 'new' : 'old';
        const script = installScriptAt(hunk, index, side);
        if (script === null)
            continue;
        const change = { ...script, line: line.newLine ?? 0 };
        (line.kind === 'add' ? added : removed).push(change);
    }
    return netAdded(added, removed);
}
function installScriptAt(hunk, index, side) {
    const m = INSTALL_SCRIPT.exec(hunk.lines[index].content);
    if (m === null)
        return null;
    const parent = enclosingKey(hunk, index, side);
    if (parent !== null && parent !== 'scripts')
        return null;
    return { key: `${m[1]}=${m[2]}`, script: m[1] };
}

const WORKFLOW_FILE = /^\.github\/workflows\/.+\.ya?ml$/i;
/** Composite actions and reusable steps: their `uses:` and secrets matter as much. */
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/i;
/** GITHUB_TOKEN scopes (`permissions:` keys), as documented for workflow syntax. */
const TOKEN_SCOPES = new Set([
    'actions',
    'artifact-metadata',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses'
]);
/** Owners whose actions run on GitHub's own trust boundary: a tag is accepted for them. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const PERMISSIONS_KEY = /^\s*(?:-\s+)?permissions:(.*)$/;
const SCOPE_WRITE = /^\s*["']?([a-z-]+)["']?:\s*["']?write["']?\s*$/;
const PULL_REQUEST_TARGET = /^\s*(?:["']?on["']?:\s*(?:\[[^\]]*)?|-\s*|\[[^\]]*)?["']?pull_request_target["']?\s*(?::|,|\]|$)/;
const USES = /^\s*(?:-\s+)?uses:\s*["']?([^"'\s]+)/;
const SECRET_REF = /(?<![\w.-])secrets(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*["']([^"']+)["']\s*\]|(?![\w-]))/g;
const INHERIT_SECRETS = /^\s*secrets:\s*inherit\s*$/;
const RUNS_ON = /^\s*runs-on:/;
/** A job container or service image: `container: postgres:17`, `image: redis:7`. */
const IMAGE = /^\s*(?:-\s+)?(?:container|image)\s*:\s*["']?([^"'\s{}[\]]+)/;
/** Calls that create check runs or commit statuses: what a forged gate result needs. */
const CHECK_API = /check-runs|\bchecks\.create\b|\bchecks\.update\b|createCheckRun|\/statuses\/|createCommitStatus|\bgh\s+api\b.{0,200}?\b(?:checks?|status(?:es)?)\b/i;
const SELF_HOSTED = /^\s*(?:-\s+)?(?:runs-on|labels):.*\bself-hosted\b|^\s*-\s*["']?self-hosted["']?\s*$/;
function detectWorkflowPrivilege(file, config) {
    const workflow = WORKFLOW_FILE.test(file.path);
    if (!workflow && !ACTION_FILE.test(file.path))
        return NO_FINDINGS;
    const added = emptySide();
    const removed = emptySide();
    for (const { hunk, index, line } of changedLines(file)) {
        const side = line.kind === 'add' ? added : removed;
        const text = stripYamlComment(line.content);
        const at = line.newLine ?? newSideLine(hunk, index);
        if (workflow) {
            if (PERMISSIONS_KEY.test(text))
                side.permissionBlocks.push(at);
            if (RUNS_ON.test(text))
                side.jobs++;
            workflowSignals(text, hunk, index, line.kind === 'add' ? 'new' : 'old', at, side.signals);
            imageSignal(text, at, side.signals);
        }
        checkApiSignal(text, at, side.signals);
        usesSignal(text, at, side.signals);
        secretSignals(text, at, side.signals);
    }
    return [
        ...netAdded(added.signals, removed.signals),
        ...droppedPermissionBlocks(file, added, removed)
    ]
        .sort((a, b) => a.line - b.line)
        .map((signal) => toFinding(file.path, signal, config));
}
function emptySide() {
    return { signals: [], permissionBlocks: [], jobs: 0 };
}
/** Permissions declarations removed and not replaced, unless their jobs or the file went too. */
function droppedPermissionBlocks(file, added, removed) {
    if (file.status === 'deleted')
        return [];
    const jobsGone = Math.max(0, removed.jobs - added.jobs);
    const unreplaced = removed.permissionBlocks.length - added.permissionBlocks.length - jobsGone;
    return removed.permissionBlocks.slice(0, Math.max(0, unreplaced)).map((line) => ({
        key: 'permissions-removed',
        line,
        raises: true,
        message: 'Removes a `permissions` declaration',
        why: 'Without a permissions declaration the jobs get the repository default token, which may be read-write.',
        evidence: { permissions: 'removed' }
    }));
}
function workflowSignals(text, hunk, index, side, line, signals) {
    permissionSignals(text, hunk, index, side, line, signals);
    if (PULL_REQUEST_TARGET.test(text)) {
        signals.push({
            key: 'trigger:pull_request_target',
            line,
            raises: true,
            message: 'Adds the `pull_request_target` trigger',
            why: 'pull_request_target runs with a write token and the secrets of the base repository, even for fork PRs.',
            evidence: { trigger: 'pull_request_target' }
        });
    }
    if (SELF_HOSTED.test(text)) {
        signals.push({
            key: 'runner:self-hosted',
            line,
            raises: true,
            message: 'Runs a job on a self-hosted runner',
            why: 'Self-hosted runners sit inside your network and keep state between jobs: code run there can persist.',
            evidence: { runner: 'self-hosted' }
        });
    }
}
function permissionSignals(text, hunk, index, side, line, signals) {
    const declared = PERMISSIONS_KEY.exec(text);
    if (declared !== null) {
        const value = declared[1].trim().replace(/^["']|["']$/g, '');
        if (value === 'write-all') {
            signals.push({
                key: 'permissions:write-all',
                line,
                raises: true,
                message: 'Grants `permissions: write-all`',
                why: 'write-all gives every step a token that can push code, publish releases and edit settings.',
                evidence: { permissions: 'write-all' }
            });
        }
        if (value.startsWith('{')) {
            for (const [scope, level] of flowScopes(value)) {
                if (level === 'write' && TOKEN_SCOPES.has(scope))
                    signals.push(scopeSignal(scope, line));
            }
        }
        return;
    }
    const scope = SCOPE_WRITE.exec(text);
    if (scope === null || !TOKEN_SCOPES.has(scope[1]))
        return;
    const parent = enclosingKey(hunk, index, side);
    if (parent === null || parent === 'permissions')
        signals.push(scopeSignal(scope[1], line));
}
function scopeSignal(scope, line) {
    const oidc = scope === 'id-token';
    const forges = scope === 'checks' || scope === 'statuses';
    return {
        key: `permission:${scope}`,
        line,
        raises: true,
        message: `Grants \`${scope}: write\` to the workflow token`,
        why: oidc
            ? 'id-token: write lets the job mint OIDC tokens that cloud providers exchange for credentials.'
            : forges
                ? `${scope}: write lets the job post a passing check or status under any name, the agent-pr-gate check included.`
                : `${scope}: write lets every step of the job, third-party actions included, modify ${scope}.`,
        evidence: { scope, level: 'write' }
    };
}
function usesSignal(text, line, signals) {
    const uses = USES.exec(text);
    if (uses === null)
        return;
    const target = uses[1];
    if (target.startsWith('./') || target.startsWith('${{'))
        return;
    if (target.startsWith('docker://')) {
        if (!target.includes('@sha256:'))
            signals.push(unpinned(target, target, null, line));
        return;
    }
    const at = target.lastIndexOf('@');
    const action = at < 0 ? target : target.slice(0, at);
    const ref = at < 0 ? null : target.slice(at + 1);
    const owner = action.split('/')[0].toLowerCase();
    if (FIRST_PARTY_OWNERS.has(owner) || (ref !== null && FULL_SHA.test(ref)))
        return;
    signals.push(unpinned(target, action, ref, line));
}
function unpinned(target, action, ref, line) {
    return {
        key: `uses:${target}`,
        line,
        raises: false,
        message: `Uses \`${target}\`, not pinned to a full commit SHA`,
        why: 'A tag or branch can be moved to new code at any time; only a full commit SHA fixes what runs with your token.',
        evidence: { action, ref }
    };
}
/** A job container or service image not pinned to a digest. */
function imageSignal(text, line, signals) {
    const m = IMAGE.exec(text);
    if (m === null)
        return;
    const image = m[1];
    if (image.includes('@sha256:') || image.startsWith('${{'))
        return;
    const ref = image.replace(/^docker:\/\//, '');
    signals.push({
        key: `image:${ref}`,
        line,
        raises: false,
        message: `Runs the image \`${ref}\`, not pinned to a digest`,
        why: 'An image tag can be pushed again with new content at any time; only an `@sha256:` digest fixes what runs with your token and secrets.',
        evidence: { image: ref }
    });
}
/** A step that creates check runs or commit statuses: it could post a forged gate result. */
function checkApiSignal(text, line, signals) {
    if (!CHECK_API.test(text))
        return;
    signals.push({
        key: 'api:checks',
        line,
        raises: true,
        message: 'Creates check runs or commit statuses from a workflow',
        why: 'A workflow that posts checks can post a passing agent-pr-gate check for a head the gate never judged.',
        evidence: { api: 'checks' }
    });
}
function secretSignals(text, line, signals) {
    if (INHERIT_SECRETS.test(text))
        signals.push(secretSignal('*', 'secrets: inherit', line));
    if (!text.includes('secrets'))
        return;
    for (const expression of expressions(text)) {
        for (const [, dotted, indexed] of expression.matchAll(SECRET_REF)) {
            const name = dotted ?? indexed ?? '*';
            // GITHUB_TOKEN's power is set by `permissions`, which this rule already watches.
            if (name.toUpperCase() === 'GITHUB_TOKEN')
                continue;
            signals.push(secretSignal(name, name === '*' ? 'all secrets' : `secrets.${name}`, line));
        }
    }
}
function secretSignal(name, shown, line) {
    return {
        key: `secret:${name.toUpperCase()}`,
        line,
        raises: false,
        message: `References \`${shown}\` in a workflow`,
        why: 'A newly referenced secret is exposed to every step of the job, third-party actions included.',
        evidence: { secret: name }
    };
}
function toFinding(path, signal, config) {
    const severity = signal.raises ? 'block' : severityFor(config, 'ci');
    return {
        rule: 'workflow-privilege',
        severity,
        message: signal.message,
        path,
        line: signal.line,
        category: 'ci',
        evidence: signal.evidence,
        why: signal.why,
        approve: approvalFix(config, 'ci')
    };
}
/** The `scope: level` pairs of a flow mapping `{ contents: write, checks: read }`, split once. */
function flowScopes(value) {
    const pairs = [];
    for (const entry of value.split(',')) {
        const colon = entry.indexOf(':');
        if (colon < 0)
            continue;
        pairs.push([unquoted(entry.slice(0, colon)), unquoted(entry.slice(colon + 1))]);
    }
    return pairs;
}
function unquoted(text) {
    let from = 0;
    let to = text.length;
    while (from < to && ' \t{"\''.includes(text[from]))
        from++;
    while (to > from && ' \t}"\''.includes(text[to - 1]))
        to--;
    return text.slice(from, to);
}
/** The insides of the line's `${{ ... }}` expressions, found with `indexOf`: one pass. */
function expressions(text) {
    const found = [];
    for (let from = 0;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return found;
        const close = text.indexOf('}}', open + 3);
        if (close < 0)
            return found;
        found.push(text.slice(open + 3, close));
        from = close + 2;
    }
}

/** `environment: production`, or `name: prod` under `environment:`. */
const ENVIRONMENT = /^\s*(?:-\s+)?(environment|name)\s*:\s*["']?([\w.-]+)/;
const PRODUCTION = /^(?:prod|production|live|release)(?:[-_.]\w+)?$/i;
function detectProductionDeploy(file, config) {
    if (!WORKFLOW_FILE.test(file.path))
        return NO_FINDINGS;
    const added = [];
    const removed = [];
    for (const { hunk, index, line } of changedLines(file)) {
        const m = ENVIRONMENT.exec(stripYamlComment(line.content));
        if (m === null || !PRODUCTION.test(m[2]))
            continue;
        const side = line.kind === 'add' ? 'new' : 'old';
        if (m[1] === 'name' && enclosingKey(hunk, index, side) !== 'environment')
            continue;
        (line.kind === 'add' ? added : removed).push({
            key: m[2].toLowerCase(),
            line: line.newLine ?? 0,
            name: m[2]
        });
    }
    return netAdded(added, removed).map(({ line, name }) => ({
        rule: 'sensitive-path',
        severity: severityFor(config, 'deploy'),
        message: `A workflow job now deploys to the \`${name}\` environment`,
        path: file.path,
        line,
        category: 'deploy',
        evidence: { environment: name },
        why: 'A job in a production environment gets its secrets and ships to live users as soon as it runs.',
        fix: approvalFix(config, 'deploy')
    }));
}

/** The name every reference to the gate carries: the action's `uses:`, the CLI, a workflow name. */
const GATE_NAME = 'agent-pr-gate';
const LOCAL_ACTION_FILE = /^\.github\/actions\/.+\/action\.ya?ml$/i;
const WHY$9 = 'An agent must not loosen its own supervision: this file decides how the gate runs or who can approve.';
/** The built-in gate globs always apply; the config can add globs, never take these away. */
function compileGateMatcher(config) {
    const builtIn = compileGlobs(DEFAULT_SENSITIVE.gate);
    const configured = compileGlobs(config.sensitive.gate ?? []);
    return { match: (path) => builtIn.match(path) ?? configured.match(path) };
}
function detectGateConfig(file, matcher, config) {
    const configMatch = matchChangedPaths(matcher, file.path, file.oldPath);
    if (configMatch !== null) {
        return [
            gateFinding(file, describeChange(file, configMatch, 'the gate config'), config, configMatch)
        ];
    }
    const reason = gateWorkflowReason(file);
    if (reason === null)
        return NO_FINDINGS;
    return [gateFinding(file, `${reason}: \`${file.path}\``, config, null)];
}
/** Why a workflow counts as the gate's own, or null: the diff is all the gate can read. */
function gateWorkflowReason(file) {
    const oldPath = file.oldPath ?? file.path;
    if (!isWorkflowOrAction(file.path) && !isWorkflowOrAction(oldPath))
        return null;
    if (mentionsGateName(file.path) || mentionsGateName(oldPath)) {
        return 'Changes the workflow that runs the gate';
    }
    if (file.patchMissing) {
        return 'Changes a workflow whose content the diff does not show (it may run the gate)';
    }
    const mentionsGate = file.hunks.some((hunk) => hunk.section.toLowerCase().includes(GATE_NAME) ||
        hunk.lines.some((line) => line.content.toLowerCase().includes(GATE_NAME)));
    return mentionsGate ? 'Changes a workflow that runs the gate' : null;
}
function isWorkflowOrAction(path) {
    return WORKFLOW_FILE.test(path) || LOCAL_ACTION_FILE.test(path);
}
function mentionsGateName(path) {
    return path.toLowerCase().includes(GATE_NAME);
}
function gateFinding(file, message, config, match) {
    return {
        rule: 'gate-config-change',
        severity: 'block',
        enforced: true,
        message,
        path: file.path,
        category: 'gate',
        ...(match === null ? {} : { evidence: pathEvidence(file, match) }),
        why: WHY$9,
        fix: `Blocks in every mode until approved. ${approvalFix(config, 'gate')}`
    };
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';
const SUBPROJECT = /^Subproject commit ([0-9a-f]{7,64})/;
const GITMODULES = /(?:^|\/)\.gitmodules$/;
const MODULE_URL = /^\s*url\s*=\s*(\S+)/;
/**
 * A symlink added or retargeted: its target is matched against every sensitive category (the
 * target's path, not the link's, decides: a link in `tests/` to `.env.production` is a secret).
 */
function detectSymlink(file, categories, config) {
    if (file.newMode !== SYMLINK_MODE)
        return NO_FINDINGS;
    const added = file.hunks.flatMap((h) => h.lines.filter((l) => l.kind === 'add'));
    const target = added[0]?.content.trim();
    if (target === undefined || target === '')
        return NO_FINDINGS;
    const resolved = resolveTarget(file.path, target);
    const matched = [];
    if (resolved === null) {
        matched.push({ category: 'secrets', reason: 'outside the repository' });
    }
    else {
        for (const { category, matcher } of categories) {
            if (matcher.match(resolved) !== null || matcher.match(target) !== null) {
                matched.push({ category, reason: `a sensitive path (${category})` });
            }
        }
    }
    return matched.map(({ category, reason }) => ({
        rule: 'sensitive-path',
        severity: severityFor(config, category),
        message: `Adds a symlink \`${file.path}\` that points at ${reason}: \`${target}\``,
        path: file.path,
        category,
        evidence: { symlink: true, target, resolved },
        why: 'Whatever reads the link reads its target: a link turns a harmless-looking path into a secret or a deploy file.',
        fix: approvalFix(config, category)
    }));
}
/** The link's target as a repository path, or null when it is absolute or climbs out. */
function resolveTarget(linkPath, target) {
    if (target.startsWith('/') || target.startsWith('~') || /^[A-Za-z]:[\\/]/.test(target)) {
        return null;
    }
    const parts = linkPath.split('/').slice(0, -1);
    for (const part of target.split(/[\\/]/)) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else {
            parts.push(part);
        }
    }
    return parts.join('/');
}
/**
 * A submodule moved to another commit (as a dependency bump), and a `.gitmodules` url changed
 * (the code now comes from another repository: blocks).
 */
function detectSubmodule(file, config) {
    if (GITMODULES.test(file.path))
        return repointedModules(file, config);
    if (file.newMode !== SUBMODULE_MODE && file.oldMode !== SUBMODULE_MODE)
        return NO_FINDINGS;
    const commits = { old: null, new: null };
    for (const hunk of file.hunks) {
        for (const line of hunk.lines) {
            const m = SUBPROJECT.exec(line.content);
            if (m === null)
                continue;
            if (line.kind === 'del')
                commits.old = m[1];
            if (line.kind === 'add')
                commits.new = m[1];
        }
    }
    const what = commits.old === null
        ? 'Adds a submodule'
        : commits.new === null
            ? 'Removes a submodule'
            : 'Moves a submodule to another commit';
    return [
        {
            rule: 'dependency-change',
            severity: severityFor(config, 'dependencies'),
            message: `${what}: \`${file.path}\``,
            path: file.path,
            category: 'dependencies',
            evidence: { submodule: file.path, from: commits.old, to: commits.new },
            why: 'A submodule commit is code that ships with the repository; the diff shows only its id, not what changed.',
            fix: approvalFix(config, 'dependencies')
        }
    ];
}
function repointedModules(file, config) {
    const added = [];
    const removed = [];
    for (const { line } of changedLines(file)) {
        const m = MODULE_URL.exec(line.content);
        if (m === null)
            continue;
        const entry = { key: m[1], line: line.newLine ?? 0, url: m[1] };
        (line.kind === 'add' ? added : removed).push(entry);
    }
    return netAdded(added, removed).map(({ url, line }) => ({
        rule: 'dependency-change',
        severity: 'block',
        message: `Points a submodule at \`${url}\``,
        path: file.path,
        ...(line > 0 ? { line } : {}),
        category: 'dependencies',
        evidence: { submoduleUrl: url },
        why: 'A submodule url decides which repository the code comes from: another url can serve any code.',
        fix: approvalFix(config, 'dependencies')
    }));
}

/** Attributes that hide a diff or mark a file generated, set, unset or given a value. */
const VIEW_ATTRIBUTES = new Set([
    'diff',
    'binary',
    'linguist-generated',
    'linguist-vendored',
    'linguist-documentation'
]);
/** Lines quoted in a finding at most. */
const MAX_QUOTED = 5;
const WHY$8 = 'Attributes decide which changes a diff shows as text and which files count as generated: ' +
    'changing them can hide this or a later change from review and from the gate.';
function isGitattributes(path) {
    return path === '.gitattributes' || path.endsWith('/.gitattributes');
}
/** A `.gitattributes` line that sets, unsets or defines (`[attr]`) a diff or generated attribute. */
function affectsView(line) {
    const text = line.trim();
    if (text === '' || text.startsWith('#'))
        return false;
    // a macro can stand for any attribute under any name: every change to one counts
    if (text.startsWith('[attr]'))
        return true;
    const fields = text.split(/[ \t]+/);
    for (let i = 1; i < fields.length; i++) {
        const field = fields[i];
        const start = field.startsWith('-') || field.startsWith('!') ? 1 : 0;
        const equals = field.indexOf('=');
        const name = field.slice(start, equals === -1 ? field.length : equals);
        if (VIEW_ATTRIBUTES.has(name))
            return true;
    }
    return false;
}
function detectGitattributes(file, config) {
    if (!isGitattributes(file.path) && !(file.oldPath !== null && isGitattributes(file.oldPath))) {
        return NO_FINDINGS;
    }
    const unseen = file.patchMissing || file.binary;
    const changed = [];
    for (const hunk of file.hunks) {
        for (const line of hunk.lines) {
            if (line.kind === 'context' || !affectsView(line.content))
                continue;
            changed.push(`${line.kind === 'add' ? '+' : '-'}${line.content.trim()}`);
        }
    }
    const renamed = file.oldPath !== null && file.oldPath !== file.path;
    if (!unseen && !renamed && changed.length === 0)
        return NO_FINDINGS;
    const what = unseen
        ? 'whose lines the diff does not show'
        : renamed && changed.length === 0
            ? `moved from \`${file.oldPath}\``
            : `lines that decide what diffs show or what is generated: ${changed
                .slice(0, MAX_QUOTED)
                .map((line) => `\`${line}\``)
                .join(', ')}${changed.length > MAX_QUOTED ? ` and ${changed.length - MAX_QUOTED} more` : ''}`;
    return [
        {
            rule: 'gate-config-change',
            severity: 'block',
            enforced: true,
            message: `Changes \`${file.path}\` ${what}`,
            path: file.path,
            category: 'gate',
            evidence: { attributes: changed.slice(0, MAX_QUOTED), unseen },
            why: WHY$8,
            fix: `Blocks in every mode until approved; or send the attribute change as its own PR. ${approvalFix(config, 'gate')}`
        }
    ];
}

/**
 * Secret formats and the heuristics around them, on one line of text at a time. Token formats
 * are public facts from each vendor's documentation; the regexes are written for this gate.
 */
/*
 * The line prefilter. Irregexp pays per character for every alternative whose first character
 * is common in code, so each alternative starts at the word's rarest character (`k`, `w`, `z`,
 * `_`, `-`, upper case) and checks the rest of the word behind it. One case-sensitive regex
 * with the lower, Capitalized and UPPER forms of each keyword beats an `i` flag or two regexes.
 */
/** A prefix of one of the token formats. */
const TOKEN_TRIGGER = /_(?<=gh[pousr]_|github_pat_|npm_|k_live_)|-(?<=xox[abposr]-|xapp-|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|-----)|KIA(?<=AKIA)|SIA(?<=ASIA)|BIA(?<=ABIA)|CCA(?<=ACCA)|Iza(?<=AIza)|J(?<=eyJ)|3BlbkFJ|k\.com\/(?<=hooks\.slack\.com\/)/;
/** token, key, password, pwd, pass, secret, credential, authorization; or a token prefix. */
const SECRET_PREFILTER = new RegExp([
    'ken(?<=[Tt]oken)|KEN(?<=TOKEN)|[Kk]ey|KEY',
    'w(?<=[Pp]assw|[Pp]w)|W(?<=PASSW|PW)|ss(?<=[Pp]ass)|SS(?<=PASS)',
    'cret(?<=[Ss]ecret)|CRET(?<=SECRET)|[Cc]redential|CREDENTIAL',
    'z(?<=[Aa]uthoriz)|Z(?<=AUTHORIZ)',
    TOKEN_TRIGGER.source
].join('|'));
/** The shortest line that can hold a finding: `pwd=` and a 12-character value. */
const MIN_SECRET_LINE = 16;
/** Whether a line can hold any finding below; most code lines cannot. */
function mayHoldSecret(content) {
    return (content.length >= MIN_SECRET_LINE &&
        (SECRET_PREFILTER.test(content) ||
            mayHoldEncodedToken(content) ||
            joinedLiterals(content) !== null));
}
const NONE = Object.freeze([]);
const TOKEN_FORMATS = [
    {
        kind: 'AWS access key id',
        pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
        triggers: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        shownLength: 4
    },
    {
        kind: 'GitHub token',
        pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
        triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        shownLength: 4
    },
    {
        kind: 'GitHub fine-grained token',
        pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g,
        triggers: ['github_pat_'],
        shownLength: 4
    },
    {
        kind: 'Slack token',
        pattern: /(?<![A-Za-z0-9])((?:xox[abposr]|xapp)-[0-9]{1,16}-[0-9A-Za-z-]{8,250})/g,
        triggers: ['xox', 'xapp-'],
        shownLength: 4
    },
    {
        kind: 'Slack webhook URL',
        pattern: /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_/]{8,250})/g,
        triggers: ['hooks.slack.com'],
        shownLength: 0
    },
    {
        kind: 'Stripe live key',
        pattern: /(?<![A-Za-z0-9_])([rs]k_live_[0-9A-Za-z]{16,247})(?![0-9A-Za-z])/g,
        triggers: ['k_live_'],
        shownLength: 4
    },
    {
        kind: 'Google API key',
        pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
        triggers: ['AIza'],
        shownLength: 4
    },
    {
        kind: 'Anthropic API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-ant-[a-z]{3,8}[0-9]{2}-[A-Za-z0-9_-]{32,250})/g,
        triggers: ['sk-ant-'],
        shownLength: 4
    },
    {
        kind: 'OpenAI API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,250}T3BlbkFJ[A-Za-z0-9_-]{16,250})/g,
        triggers: ['T3BlbkFJ'],
        shownLength: 3
    },
    {
        kind: 'OpenAI API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})/g,
        triggers: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
        shownLength: 3
    },
    {
        kind: 'npm access token',
        pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
        triggers: ['npm_'],
        shownLength: 4
    },
    {
        kind: 'JSON Web Token',
        pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
        triggers: ['eyJ'],
        shownLength: 3,
        confirms: isSignedJwt
    }
];
/** Words and shapes of documented examples and placeholders (AWS's `…EXAMPLE` keys included). */
const EXAMPLE_WORDS = /example|sample|dummy|fake|placeholder|not[-_]?a[-_]?real|changeme|change[-_]me|redacted|replace[-_]?me|your[-_]|insert[-_]|test/i;
const REPEATED_RUN = /(.)\1{5}/;
const COUNTING_RUN = /0123456|1234567|abcdefg|qwerty/i;
function isExampleValue(value) {
    return EXAMPLE_WORDS.test(value) || REPEATED_RUN.test(value) || COUNTING_RUN.test(value);
}
function isSignedJwt(token) {
    const [header, payload] = token.split('.');
    const decoded = decodeJson(header ?? '');
    if (decoded === null || typeof decoded.alg !== 'string' || decoded.alg === 'none')
        return false;
    // jwt.io's sample token and its kin carry example payloads, not credentials.
    return !isExampleValue(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
}
function decodeJson(part) {
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null ? value : null;
    }
    catch {
        return null;
    }
}
/** The documented prefix (never more than 4 characters) and the length: all a report may show. */
function redact(candidate) {
    return `${candidate.shown}…[${candidate.value.length} chars]`;
}
function findTokens(content) {
    const found = [];
    for (const format of TOKEN_FORMATS) {
        if (!format.triggers.some((trigger) => content.includes(trigger)))
            continue;
        format.pattern.lastIndex = 0;
        for (let m = format.pattern.exec(content); m !== null; m = format.pattern.exec(content)) {
            const value = m[1];
            if (isExampleValue(value))
                continue;
            if (format.confirms !== undefined && !format.confirms(value))
                continue;
            const start = m.index + m[0].indexOf(value);
            // Two formats can describe one token (OpenAI's key shapes overlap): report it once.
            if (found.some((f) => start < f.end && f.start < start + value.length))
                continue;
            const shown = value.slice(0, format.shownLength);
            found.push({ kind: format.kind, value, shown, start, end: start + value.length });
        }
    }
    return found;
}
const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;
/** The label of a private-key PEM header on the line (`RSA PRIVATE KEY`) and where it ends. */
function pemHeader(content) {
    if (!content.includes('-----BEGIN'))
        return null;
    const m = PEM_BEGIN.exec(content);
    return m === null ? null : { label: m[1], start: m.index, end: m.index + m[0].length };
}
const BASE64_BODY = /^[A-Za-z0-9+/=]{16,}$/;
const PEM_FIELD = /^[A-Za-z-]+: /;
/** Text that can follow a PEM header inside a key: base64 body, `Proc-Type:` fields, the END line. */
function looksLikeKeyMaterial(text) {
    const bare = text.replace(/\\[rn]|["'`,;+]/g, '').trim();
    return (bare === '' || BASE64_BODY.test(bare) || PEM_FIELD.test(bare) || bare.startsWith('-----END'));
}
const PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** Parts of a name that make a value assigned to it a secret. */
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pass',
    'passphrase',
    'secret',
    'token',
    'credential',
    'credentials',
    'apikey',
    'authorization'
]);
/** Words that make `<word> key` a secret (`api_key`, `signingKey`); a bare `key` is not. */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'signing',
    'encryption',
    'master',
    'client',
    'app',
    'auth',
    'license',
    'account',
    'service',
    'webhook',
    'session'
]);
/** A name ending in one of these holds something about a secret, not the secret. */
const NON_SECRET_ENDINGS = new Set([
    'url',
    'uri',
    'endpoint',
    'host',
    'path',
    'file',
    'dir',
    'name',
    'type',
    'id',
    'ids',
    'arn',
    'count',
    'length',
    'len',
    'size',
    'prefix',
    'suffix',
    'header',
    'field',
    'env',
    'var',
    'ttl',
    'expiry',
    'expires',
    'expiration',
    'at',
    'policy',
    'pattern',
    'regex',
    'label',
    'format',
    'version',
    'hash',
    'hint',
    'enabled',
    'required',
    'min',
    'max',
    'limit',
    'mode',
    'kind',
    'scope',
    'scopes',
    'provider',
    'source',
    'ref',
    'key'
]);
// eslint-disable-next-line regexp/no-super-linear-move -- names are cut to 128 characters
const NAME_PART = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
function isSecretName(name) {
    const parts = (name.match(NAME_PART) ?? []).map((part) => part.toLowerCase());
    const last = parts.at(-1);
    if (last === undefined)
        return false;
    const qualifiedKey = parts.some((part, i) => part === 'key' && KEY_QUALIFIERS.has(parts[i - 1]));
    if (NON_SECRET_ENDINGS.has(last) && !(last === 'key' && qualifiedKey))
        return false;
    return qualifiedKey || parts.some((part) => SECRET_WORDS.has(part));
}
function shannonEntropy(value) {
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const ch = value.charAt(i);
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const INDIRECTION = /^[$%<]|\$\{|\{\{|%\(|\$\(|:\/\/|^\.{0,2}\/|^~\//;
const WORDS_ONLY = /^[^A-Za-z0-9]?[A-Za-z]+(?:[-_.:/][A-Za-z]+)*[^A-Za-z0-9]?$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/**
 * A literal that looks generated rather than chosen: long enough, varied enough, not a lookup,
 * template, path, word or placeholder.
 */
function isPlausibleSecret(value) {
    if (value.length < 12 || value.length > 4096 || /\s/.test(value))
        return false;
    if (INDIRECTION.test(value) || WORDS_ONLY.test(value) || CONSTANT_NAME.test(value))
        return false;
    if (isExampleValue(value))
        return false;
    const lower = /[a-z]/.test(value);
    const upper = /[A-Z]/.test(value);
    const digit = /[0-9]/.test(value);
    const symbol = /[^A-Za-z0-9]/.test(value);
    if (!lower && !upper)
        return false;
    if (!digit && !(symbol && lower && upper))
        return false;
    const classes = Number(lower) + Number(upper) + Number(digit) + Number(symbol);
    const entropy = shannonEntropy(value);
    return value.length < 20 ? classes >= 3 && entropy >= 3 : entropy >= 3.5;
}
const NAME_HIT = /pass|pwd|secret|token|credential|key|authorization/gi;
const QUOTED_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*["'`]/y;
const ANY_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*\S/y;
const OPERATOR = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*/y;
const QUOTED = /"([^"\n]*)"|'([^'\n]*)'|`([^`\n]*)`/y;
const AUTH_SCHEME = /^(?:Bearer|Basic|token)\s+/i;
const AWS_SECRET_KEY = /^[A-Za-z0-9/+]{40}$/;
function isNameChar(code) {
    return ((code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 95 ||
        code === 45 ||
        code === 46);
}
/** Characters that end a bare (unquoted) value: whitespace, quotes, `,;)}]`. */
function endsBareValue(code) {
    return (code <= 32 ||
        code === 34 ||
        code === 39 ||
        code === 96 ||
        code === 44 ||
        code === 59 ||
        code === 41 ||
        code === 125 ||
        code === 93);
}
/** A name safe to print: words and separators, no room for a token glued to it. */
const SHOWABLE_NAME = /^[A-Za-z_][A-Za-z_.-]{0,37}[0-9]{0,2}$/;
/** Longest name the generic check reads around a keyword: bounds the work on minified lines. */
const MAX_NAME = 64;
/**
 * Keyword hits read inside one bare value (`a_key=password=...`): past this the rest of the value
 * is skipped, so a run of `key:key:...` costs a bounded number of reads of it, not one per hit.
 */
const MAX_HITS_PER_BARE_VALUE = 8;
/**
 * The literal assigned at `at` (just after a name): a quoted string, or with `unquoted` a bare
 * value. Every scan is sticky from `at` and stops at the value's end.
 */
function assignedValue(content, at, unquoted) {
    OPERATOR.lastIndex = at;
    if (!OPERATOR.test(content))
        return null;
    const start = OPERATOR.lastIndex;
    QUOTED.lastIndex = start;
    const quoted = QUOTED.exec(content);
    if (quoted !== null) {
        const raw = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
        return { raw, start: start + 1, end: QUOTED.lastIndex, bare: false };
    }
    if (!unquoted)
        return null;
    let end = start;
    while (end < content.length && !endsBareValue(content.charCodeAt(end)))
        end++;
    if (end === start)
        return null;
    return { raw: content.slice(start, end), start, end, bare: true };
}
function findAssignedSecrets(content, unquoted) {
    let found = null;
    const valueFollows = unquoted ? ANY_VALUE_FOLLOWS : QUOTED_VALUE_FOLLOWS;
    let bareEnd = -1;
    let bareHits = 0;
    NAME_HIT.lastIndex = 0;
    // `test` moves lastIndex past each keyword without allocating a match.
    while (NAME_HIT.test(content)) {
        const hit = NAME_HIT.lastIndex;
        if (hit <= bareEnd && ++bareHits > MAX_HITS_PER_BARE_VALUE) {
            NAME_HIT.lastIndex = bareEnd;
            continue;
        }
        let end = hit;
        while (end < content.length && end - hit < MAX_NAME && isNameChar(content.charCodeAt(end))) {
            end++;
        }
        NAME_HIT.lastIndex = end;
        // Most keyword hits (`Object.keys(`, `token = req.token`) assign no literal: test that first.
        valueFollows.lastIndex = end;
        if (!valueFollows.test(content))
            continue;
        const assigned = assignedValue(content, end, unquoted);
        if (assigned === null)
            continue;
        if (assigned.bare && assigned.end > bareEnd) {
            bareEnd = assigned.end;
            bareHits = 0;
        }
        const value = assigned.raw.replace(AUTH_SCHEME, '');
        if (!isPlausibleSecret(value))
            continue;
        let start = hit;
        while (start > 0 && end - start < MAX_NAME && isNameChar(content.charCodeAt(start - 1))) {
            start--;
        }
        const name = content.slice(start, end);
        if (!isSecretName(name))
            continue;
        const valueStart = assigned.start + (assigned.raw.length - value.length);
        const aws = /aws|access/i.test(name) && AWS_SECRET_KEY.test(value);
        found ??= [];
        found.push({
            kind: aws ? 'AWS secret access key' : 'secret-like assignment',
            value,
            shown: '',
            start: valueStart,
            end: valueStart + value.length,
            ...(SHOWABLE_NAME.test(name) ? { name } : {})
        });
        NAME_HIT.lastIndex = assigned.end;
    }
    return found ?? NONE;
}
/** A closing quote, an optional `+` (or Python's adjacency), an opening quote: bounded gaps. */
const JOIN = /(["'`])[ \t]{0,8}\+?[ \t]{0,8}\1/g;
/** A base64 run long enough to hold a token (bounded, so a long run is read in slices). */
const BASE64_RUN = /[A-Za-z0-9+/]{24,4096}={0,2}/g;
/** The token prefixes whose base64 forms are looked for. */
const ENCODED_PREFIXES = [
    'ghp_',
    'gho_',
    'ghs_',
    'github_pat_',
    'sk-ant-',
    'sk-proj-',
    'AKIA',
    'xoxb-',
    'xoxp-',
    'sk_live_',
    'AIza',
    'npm_'
];
/**
 * The base64 text of each prefix at each of the three byte alignments, keeping only the
 * characters the prefix alone decides: one of them is in any base64 encoding of a token.
 */
const ENCODED_TRIGGERS = ENCODED_PREFIXES.flatMap((prefix) => [0, 1, 2].map((pad) => {
    const encoded = Buffer.from('\0'.repeat(pad) + prefix).toString('base64');
    // Character i carries bits 6i..6i+5: keep those inside the prefix's bytes.
    const from = Math.ceil((8 * pad) / 6);
    const to = Math.floor((8 * (pad + prefix.length) - 6) / 6) + 1;
    return encoded.slice(from, to);
})).filter((trigger) => trigger.length >= 3);
const ENCODED_TRIGGER = new RegExp(ENCODED_TRIGGERS.map((t) => t.replace(/[+/]/g, '\\$&')).join('|'));
/** Whether a line may hold a base64-wrapped token: the prefilter for `findEncodedTokens`. */
function mayHoldEncodedToken(content) {
    return content.length >= 24 && ENCODED_TRIGGER.test(content);
}
/** The line with adjacent string literals joined, when that brings a token prefix together. */
function joinedLiterals(content) {
    JOIN.lastIndex = 0;
    if (!JOIN.test(content))
        return null;
    const joined = content.replace(JOIN, '');
    return joined !== content && TOKEN_TRIGGER.test(joined) ? joined : null;
}
/** Tokens split across concatenated literals: `"ghp_" + "abc..."`, `'sk-ant-' 'api03...'`. */
function findJoinedTokens(content) {
    const joined = joinedLiterals(content);
    if (joined === null)
        return [];
    return findTokens(joined).map((c) => ({
        ...c,
        kind: `${c.kind} (split across literals)`,
        start: 0,
        end: content.length
    }));
}
/** Known tokens wrapped in base64: each run is decoded once and read for token formats. */
function findEncodedTokens(content) {
    const found = [];
    BASE64_RUN.lastIndex = 0;
    for (let m = BASE64_RUN.exec(content); m !== null; m = BASE64_RUN.exec(content)) {
        const run = m[0];
        if (!ENCODED_TRIGGER.test(run))
            continue;
        const decoded = Buffer.from(run, 'base64').toString('latin1');
        for (const token of TOKEN_TRIGGER.test(decoded) ? findTokens(decoded) : []) {
            found.push({
                kind: `${token.kind} (base64)`,
                value: run,
                shown: '',
                start: m.index,
                end: m.index + run.length
            });
        }
    }
    return found;
}
/**
 * Token formats and secret-like assignments on one line; an assignment overlapping a token is
 * the token. `unquoted` reads bare values too (env, YAML, properties files), not only literals.
 * Tokens split across string literals or wrapped in base64 are read too.
 */
function findSecretsInLine(content, unquoted) {
    const direct = TOKEN_TRIGGER.test(content) ? findTokens(content) : NONE;
    const joined = direct.length === 0 ? findJoinedTokens(content) : [];
    const encoded = mayHoldEncodedToken(content) ? findEncodedTokens(content) : [];
    const tokens = joined.length + encoded.length === 0 ? direct : [...direct, ...joined, ...encoded];
    const assigned = findAssignedSecrets(content, unquoted);
    if (assigned.length === 0)
        return tokens;
    if (tokens.length === 0)
        return assigned;
    const kept = assigned.filter((c) => !tokens.some((t) => c.start < t.end && t.start < c.end));
    return [...tokens, ...kept].sort((a, b) => a.start - b.start);
}

/** Written on a line, it turns a secret finding on that line into a visible, non-blocking note. */
const ALLOW_SECRET_MARKER = 'agent-pr-gate: allow-secret';
/** Files whose bare (unquoted) values are literals: env, YAML, INI, shell, Dockerfiles. */
const BARE_VALUE_FILE = /(?:^|\/)(?:\.env[^/]*|[^/]*\.(?:ya?ml|env|properties|ini|cfg|conf|toml|tfvars|sh|bash|zsh)|\.npmrc|\.pypirc|credentials|Dockerfile[^/]*|[^/]*\.dockerfile)$/i;
/** How far below a PEM header the END line is looked for. */
const PEM_MAX_LINES = 200;
const WHY$7 = 'A credential pushed to a branch is readable by everyone with repository access and stays in git history.';
/** Allowlists compiled once per run; each file is then scanned on its added lines only. */
function compileSecretScanner(config) {
    const allowPaths = compileGlobs(config.secrets.allow_paths);
    const allowPatterns = compileAllowPatterns(config.secrets.allow_patterns);
    const fix = 'Remove the value and rotate the credential; if it is not one, add a `secrets.allow_patterns` ' +
        `entry to the base config or approve. ${approvalFix(config, 'secrets')}`;
    const allowed = (value) => allowPatterns.some((pattern) => pattern.test(value));
    return {
        scan(file) {
            if (file.binary || file.hunks.length === 0 || allowPaths.match(file.path) !== null) {
                return NO_FINDINGS;
            }
            let bareValues = null;
            let findings = null;
            let pemCoveredThrough = 0;
            for (let h = 0; h < file.hunks.length; h++) {
                // The packed table, not `hunk.lines`: no object or string per line until one may matter.
                const { cols, text, first, count } = packedOf(file.hunks[h]);
                for (let i = 0, o = first * LINE_STRIDE; i < count; i++, o += LINE_STRIDE) {
                    if ((cols[o + AT_FLAGS] & KIND_MASK) !== KIND_ADD)
                        continue;
                    const newLine = cols[o + AT_NEW];
                    if (newLine < 0 || newLine <= pemCoveredThrough)
                        continue;
                    const content = text.slice(cols[o + AT_START], cols[o + AT_END]);
                    if (!mayHoldSecret(content))
                        continue;
                    const pem = privateKeyAt(file, h, i, content);
                    if (pem !== null)
                        pemCoveredThrough = pem.endLine ?? newLine;
                    bareValues ??= BARE_VALUE_FILE.test(file.path);
                    const candidates = pem === null ? findSecretsInLine(content, bareValues) : [pem.candidate];
                    if (candidates.length === 0)
                        continue;
                    const marked = content.includes(ALLOW_SECRET_MARKER);
                    for (const candidate of candidates) {
                        if (marked) {
                            findings ??= [];
                            findings.push(markerNote(file.path, candidate, newLine));
                        }
                        else if (!allowed(candidate.value)) {
                            findings ??= [];
                            findings.push(secretFinding(file.path, candidate, newLine, pem?.endLine ?? null, fix));
                        }
                    }
                }
            }
            return findings ?? NO_FINDINGS;
        }
    };
}
function compileAllowPatterns(sources) {
    const patterns = [];
    for (const source of sources) {
        try {
            patterns.push(new RegExp(source));
        }
        catch {
            // The config loader rejects invalid patterns; one that slips through allows nothing.
        }
    }
    return patterns;
}
/**
 * A private-key PEM block whose BEGIN line is added at `hunks[h].lines[i]`, with `content`. Its
 * END may sit further down, in a later hunk, or outside the diff; the header alone is not enough
 * when the next line is plainly code (a parser that mentions the header).
 */
function privateKeyAt(file, h, i, content) {
    const header = pemHeader(content);
    if (header === null)
        return null;
    // Rare from here on: the hunk's line objects are made only for a private-key header.
    const hunk = file.hunks[h];
    const sameLineBody = content.slice(header.end);
    const next = hunk.lines.slice(i + 1).find((line) => line.kind !== 'del');
    const hasBody = /[A-Za-z0-9+/=]{16,}/.test(sameLineBody) ||
        next === undefined ||
        looksLikeKeyMaterial(next.content);
    if (!hasBody)
        return null;
    const endLine = PEM_END.test(sameLineBody) ? hunk.lines[i].newLine : findPemEnd(file.hunks, h, i);
    const value = content.slice(header.start);
    return {
        candidate: {
            kind: `private key (${header.label})`,
            value,
            shown: '',
            start: header.start,
            end: content.length
        },
        endLine
    };
}
function findPemEnd(hunks, h, i) {
    let seen = 0;
    for (let hi = h; hi < hunks.length; hi++) {
        const lines = hunks[hi].lines;
        for (let li = hi === h ? i + 1 : 0; li < lines.length && seen < PEM_MAX_LINES; li++, seen++) {
            const line = lines[li];
            if (line.kind === 'add' && PEM_END.test(line.content))
                return line.newLine;
        }
    }
    return null;
}
function secretFinding(path, candidate, line, endLine, fix) {
    const redacted = redact(candidate);
    const named = candidate.name === undefined ? '' : ` assigned to \`${candidate.name}\``;
    return {
        rule: 'secret-in-diff',
        severity: 'block',
        message: `Possible ${candidate.kind}${named} added: ${redacted}`,
        path,
        line,
        ...(endLine !== null && endLine !== line ? { endLine } : {}),
        category: 'secrets',
        evidence: {
            kind: candidate.kind,
            redacted,
            ...(candidate.name === undefined ? {} : { name: candidate.name })
        },
        why: WHY$7,
        fix
    };
}
function markerNote(path, candidate, line) {
    const redacted = redact(candidate);
    return {
        rule: 'secret-in-diff',
        severity: 'info',
        message: `\`${ALLOW_SECRET_MARKER}\` lets a possible ${candidate.kind} through: ${redacted}`,
        path,
        line,
        category: 'secrets',
        evidence: { kind: candidate.kind, redacted, allowedBy: 'inline-marker' },
        why: 'An inline marker silences the secret check; a reviewer should confirm the value is not a credential.',
        fix: 'Nothing blocks. Remove the line and rotate the credential if it is a real one.'
    };
}

const RISK_RULES = [
    {
        id: 'sensitive-path',
        defaultLevel: 'block',
        summary: 'Changes a sensitive path; blocks for categories in require_human_approval_for.'
    },
    {
        id: 'secret-in-diff',
        defaultLevel: 'block',
        summary: 'Adds a line holding a credential: a known token format or a secret-like assignment.'
    },
    {
        id: 'workflow-privilege',
        defaultLevel: 'block',
        summary: 'Raises CI privilege: token permissions, pull_request_target, secrets, unpinned actions.'
    },
    {
        id: 'agent-config-change',
        defaultLevel: 'warn',
        summary: 'Changes agent instructions or tool config (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json).'
    },
    {
        id: 'gate-config-change',
        defaultLevel: 'block',
        summary: 'Changes the gate config, the workflow running the gate, CODEOWNERS or rulesets.',
        locked: true
    },
    {
        id: 'dependency-change',
        defaultLevel: 'warn',
        summary: 'Changes dependency manifests or lockfiles; a new or changed install script blocks.'
    }
];
/** Sensitive paths, secrets, CI privilege, agent and gate config, dependencies. */
const riskFamily = {
    name: 'risk',
    rules: RISK_RULES,
    detect({ changeSet, config }) {
        const detect = compileRiskDetectors(config);
        const findings = [];
        for (const file of changeSet.files)
            detect(file, findings);
        return { findings };
    }
};
/**
 * Globs and allowlists compiled once per run, then every file goes through every rule; findings
 * are appended in rule order to one list rather than spread into a new array per file.
 */
function compileRiskDetectors(config) {
    const categories = compileSensitiveCategories(config);
    // A symlink's target is judged as a path of its own: no test-folder exemption applies to it.
    const targets = compileSensitiveCategories({
        ...config,
        tests: { ...config.tests, exempt_categories: [] }
    });
    const agentConfig = compileGlobs(config.sensitive.agent_config ?? []);
    const dependencies = compileGlobs(config.sensitive.dependencies ?? []);
    const gate = compileGateMatcher(config);
    const secrets = compileSecretScanner(config);
    return (file, findings) => {
        append(findings, detectGateConfig(file, gate, config));
        append(findings, detectGitattributes(file, config));
        append(findings, detectSensitivePaths(file, categories, config));
        append(findings, detectWorkflowPrivilege(file, config));
        append(findings, detectProductionDeploy(file, config));
        append(findings, detectAgentConfig(file, agentConfig, config));
        append(findings, detectDependencies(file, dependencies, config));
        append(findings, detectSymlink(file, targets, config));
        append(findings, detectSubmodule(file, config));
        append(findings, secrets.scan(file));
    };
}
function append(to, found) {
    for (let i = 0; i < found.length; i++)
        to.push(found[i]);
}

/**
 * Globs as a manifest author means them: `./src/**` is `src/**`, and a directory (`src/pagination`
 * or `src/pagination/`) also covers everything under it.
 */
function compileScope(globs) {
    const options = { dot: true, nonegate: true, nocomment: true };
    return globs.flatMap((glob) => {
        const pattern = directoryGlob(glob.replace(/^(?:\.\/)+/, ''));
        return pattern.endsWith('**')
            ? [new Minimatch(pattern, options)]
            : [new Minimatch(pattern, options), new Minimatch(`${pattern}/**`, options)];
    });
}
/** `src/` and `src//` become `src/**`. */
function directoryGlob(glob) {
    let end = glob.length;
    while (end > 0 && glob.charCodeAt(end - 1) === 47)
        end--;
    return end === glob.length ? glob : `${glob.slice(0, end)}/**`;
}
function inScope(file, scope) {
    const paths = file.status === 'renamed' && file.oldPath !== null ? [file.path, file.oldPath] : [file.path];
    return paths.some((path) => scope.some((matcher) => matcher.match(path)));
}
/** Files the change touches outside the task scope the run manifest declares. */
const scopeFamily = {
    name: 'scope',
    rules: [
        {
            id: 'out-of-scope',
            defaultLevel: 'block',
            summary: "A changed file matches none of the run manifest's task.scope.paths."
        }
    ],
    detect({ changeSet }) {
        const { manifest } = changeSet;
        const globs = manifest.status === 'present' ? manifest.manifest.task.scope?.paths : undefined;
        if (globs === undefined || globs.length === 0)
            return { findings: [] };
        const scope = compileScope(globs);
        const scopeSummary = globs.length <= 3
            ? globs.join(', ')
            : `${globs.slice(0, 3).join(', ')} and ${globs.length - 3} more`;
        const findings = [];
        for (const file of changeSet.files) {
            if (inScope(file, scope))
                continue;
            findings.push({
                rule: 'out-of-scope',
                severity: 'block',
                message: `${file.path} is outside the task scope (${scopeSummary}).`,
                path: file.path,
                lines: file.additions + file.deletions,
                evidence: { scope: [...globs] },
                why: 'The human scoped the task to these paths; changes elsewhere were not asked for.',
                fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.'
            });
        }
        return { findings };
    }
};

const SLASH_COMMENT = /^\s*(?:\/\/+|\/\*+|\*(?!\/))\s?/;
const HASH_COMMENT = /^\s*#+\s?/;
const XML_COMMENT = /^\s*<!--\s?/;
/** Configs and scripts whose comments start with `#`. */
const HASH_FILE = /\.(?:ya?ml|sh|bash|toml|ini|cfg|mk|py)$|(?:^|\/)(?:[Mm]akefile|GNUmakefile|[Jj]ustfile)$/;
const NO_QUOTES = '';
const HASH = { comment: HASH_COMMENT, commentStarts: '#', quotes: NO_QUOTES };
const SLASH = { comment: SLASH_COMMENT, commentStarts: '/*', quotes: NO_QUOTES };
const XML = { comment: XML_COMMENT, commentStarts: '<', quotes: NO_QUOTES };
const JSON_TEXT = { comment: null, commentStarts: '', quotes: NO_QUOTES };
const TEST_SYNTAX = {
    js: { ...SLASH, quotes: `'"\`` },
    python: { ...HASH, quotes: `'"` },
    go: { ...SLASH, quotes: '"`' },
    java: { ...SLASH, quotes: '"' },
    rust: { ...SLASH, quotes: '"' }
};
function syntaxOf(path, language) {
    if (language)
        return TEST_SYNTAX[language];
    if (HASH_FILE.test(path))
        return HASH;
    if (path.endsWith('.xml'))
        return XML;
    if (path.endsWith('.json'))
        return JSON_TEXT;
    return SLASH;
}
function isComment(text, syntax) {
    if (syntax.comment === null)
        return false;
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i < text.length && syntax.commentStarts.includes(text[i]) && syntax.comment.test(text);
}
/** The code a comment line holds once its comment marker is taken off. */
function uncomment(text, syntax) {
    return syntax.comment === null ? text : text.replace(syntax.comment, '');
}
/**
 * A line's string literals read left to right once: asked about rising indexes, each character
 * is read at most once, so every scan below stays linear in the line's length.
 */
class StringState {
    #text;
    #quotes;
    #at = 0;
    #open = '';
    constructor(text, quotes) {
        this.#text = text;
        this.#quotes = quotes;
    }
    /** True when `index` falls inside a literal opened before it; indexes must not go down. */
    inside(index) {
        if (this.#quotes === '')
            return false;
        const text = this.#text;
        let i = this.#at;
        let open = this.#open;
        for (; i < index; i++) {
            const c = text[i];
            if (open !== '') {
                if (c === '\\')
                    i++;
                else if (c === open)
                    open = '';
            }
            else if (this.#quotes.includes(c)) {
                open = c;
            }
        }
        this.#at = i;
        this.#open = open;
        return open !== '';
    }
}
/** The first match of `pattern` in `text` that is code, not part of a string literal. */
function codeMatch(text, pattern, quotes) {
    const first = pattern.exec(text);
    if (first === null)
        return null;
    const strings = new StringState(text, quotes);
    if (!strings.inside(first.index))
        return first;
    // Rare: the first hit was quoted, so look further along the line (matches come in rising order).
    const global = new RegExp(pattern.source, pattern.flags + 'g');
    global.lastIndex = first.index + 1;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
        if (!strings.inside(m.index))
            return m;
        if (m[0] === '')
            global.lastIndex++;
    }
    return null;
}
/** How many times `pattern` (global) matches as code in `text`. */
function countCode(text, pattern, quotes) {
    pattern.lastIndex = 0;
    const strings = new StringState(text, quotes);
    let count = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (!strings.inside(m.index))
            count++;
        if (m[0] === '')
            pattern.lastIndex++;
    }
    return count;
}
/** Whitespace-insensitive text of a line, for comparing a line before and after an edit. */
function normalized(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** A line as quoted in a message: trimmed and cut to a readable length. */
function excerpt(text) {
    const trimmed = text.trim();
    return trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed;
}

const JS_TEST_FN = String.raw `(?:it|test|describe|context|suite|specify)`;
/*
 * Every repetition below is bounded (`{0,6}`, `{0,200}`): on a long hostile line an unbounded
 * chain that fails at its end would be re-read from each of its links, a quadratic scan.
 */
const JS_MATCHER = /\.((?:not\.)?to[A-Z]\w*)\s*\(|\.(?:to\.|be\.|deep\.|have\.){0,6}(equal|eql|include|contain|members|match)\s*\(|\.(?:to\.|be\.){1,6}(ok|exist)\b(?!\s*\()|\.should\(\s*['"]([\w.]+)['"]/g;
const PY_MATCHER = /\b(assert[A-Z]\w*|assert_|pytest\.raises)\s*\(/g;
const GO_MATCHER = /\b(?:assert|require)\.([A-Z]\w*)\s*\(/g;
const JAVA_MATCHER = /\b(assert[A-Z]\w*)\s*\(|\.((?:is|has)[A-Z]\w*|contains\w*|startsWith|endsWith)\s*\(|\b(equalTo|notNullValue|anything|containsString|hasItems?)\s*\(/g;
const RUST_MATCHER = /\b((?:debug_)?assert(?:_eq|_ne)?)!\s*\(/g;
function names(code, pattern) {
    const out = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
        const name = m.slice(1).find((group) => group !== undefined);
        if (name)
            out.push(name);
    }
    return out;
}
const ANY_VALUE = /^\s*expect\.any(?:thing)?\(/;
function jsMatchers(code) {
    const out = [];
    JS_MATCHER.lastIndex = 0;
    for (let m = JS_MATCHER.exec(code); m !== null; m = JS_MATCHER.exec(code)) {
        const [, jest, chai, chaiProperty, should] = m;
        const name = should !== undefined ? `should:${should}` : (jest ?? chai ?? chaiProperty);
        // `toEqual(expect.anything())` accepts any value but null and undefined.
        const any = jest !== undefined &&
            ANY_VALUE.test(code.slice(JS_MATCHER.lastIndex, JS_MATCHER.lastIndex + 40));
        out.push(any ? `${name}(anything)` : name);
    }
    return out;
}
/** pytest and Rust write most assertions as a bare `assert`: its operator says how strict it is. */
function bareAssertKind(expression) {
    if (/^\s*not\b/.test(expression) || /!=/.test(expression))
        return 'assert (negated)';
    if (/==/.test(expression) || /\bis\s+(?!not\b)/.test(expression))
        return 'assert ==';
    if (/\bin\b|[<>]/.test(expression))
        return 'assert (partial)';
    return 'assert (truthy)';
}
const LANGUAGE_MARKERS = {
    js: {
        skips: [
            {
                kind: 'skip',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.(?:describe|concurrent|serial|parallel|each)){0,4}\.(?:skip|skipIf|runIf)\b`)
            },
            { kind: 'skip', pattern: /(?<![.\w])x(?:it|describe|test|context|specify)\s*\(/ },
            { kind: 'skip', pattern: /\bthis\.skip\s*\(|(?<![.\w])pending\s*\(\s*\)/ },
            { kind: 'skip', pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.fixme\b`) },
            { kind: 'todo', pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.todo\b`) },
            {
                kind: 'xfail',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.(?:failing|fails|fail)\b`)
            },
            {
                kind: 'only',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe|\.concurrent)?\.only\b`)
            },
            { kind: 'only', pattern: /(?<![.\w])f(?:it|describe)\s*\(/ }
        ],
        skipHint: /skip|only|todo|fixme|fail|pending|runIf|\bx(?:it|describe|test|context|specify)\b|\bf(?:it|describe)\b/,
        declarations: {
            line: /\b(?:it|test|specify)(?:\.(?:only|skip|concurrent|failing|fails|todo|fixme|sequential)|\.(?:skipIf|runIf)\((?:[^()\n]|\([^()\n]{0,200}\)){0,200}\)){0,4}\s*\(\s*(?<q>['"`])(?<name>.*?)\k<q>/
        },
        declarationHint: /\b(?:it|test|specify)[.\s(]/,
        assertion: /\bexpect(?:\.soft)?\s*\(|\bassert(?:\.\w+){0,4}\s*\(|\.should(?:\.\w+){0,6}\s*\(|\bt\.(?:is|not|deepEqual|notDeepEqual|true|false|truthy|falsy|throws|throwsAsync|notThrows|regex|assert|equal|notEqual|same|match|ok|notOk|strictEqual|deepStrictEqual)\s*\(/g,
        assertionHint: /expect|assert|should|\bt\.|\.(?:not\.)?to[A-Z]|\.(?:to|be)\.|\.(?:equal|eql|include|contain|members|match)\s*\(/,
        matchers: jsMatchers,
        vacuous: /\bexpect\(\s*(?:true|false|null|undefined|-?\d[\d.]*|'[^'\n]{0,200}'|"[^"\n]{0,200}")\s*\)|\bassert(?:\.ok)?\(\s*true\s*\)|\bt\.(?:pass\(|true\(\s*true\s*\))/
    },
    python: {
        skips: [
            {
                kind: 'skip',
                pattern: /\bpytest\.mark\.skip(?:if)?\b|\bpytest\.skip\s*\(|\bpytest\.importorskip\s*\(/
            },
            {
                kind: 'skip',
                pattern: /@(?:unittest\.)?skip(?:If|Unless)?\b|\bself\.skipTest\s*\(|\braise\s+(?:unittest\.)?SkipTest\b/
            },
            {
                kind: 'xfail',
                pattern: /\bpytest\.mark\.xfail\b|\bpytest\.xfail\s*\(|@(?:unittest\.)?expectedFailure\b/
            }
        ],
        skipHint: /skip|Skip|xfail|expectedFailure/,
        declarations: { line: /^\s*(?:async\s+)?def\s+(?<name>test\w*)\s*\(/ },
        declarationHint: /def\s+test/,
        assertion: /^\s*assert\b|\.assert\w*\s*\(|\bassert[A-Z]\w*\s*\(|\bpytest\.raises\s*\(|\bself\.fail\s*\(/g,
        assertionHint: /assert|raises|fail/,
        matchers(code) {
            const out = names(code, PY_MATCHER).map((n) => n === 'pytest.raises' && /\bmatch\s*=/.test(code) ? 'pytest.raises(match)' : n);
            const bare = /^\s*assert\s+(\S.*)?$/s.exec(code);
            if (bare)
                out.unshift(bareAssertKind(bare[1] ?? ''));
            return out;
        },
        vacuous: /^\s*assert\s+(?:True|1|not\s+False|not\s+None)\s*(?:$|#|,)|\bassert(?:True|IsNotNone)\(\s*(?:True|1)\s*\)|\bor\s+True\s*$/
    },
    go: {
        skips: [{ kind: 'skip', pattern: /\.Skip(?:f|Now)?\s*\(/ }],
        skipHint: /Skip/,
        declarations: {
            line: /^func\s+(?:\([^)]*\)\s*)?(?<name>(?:Test|Fuzz|Example)\w*)\s*\(/
        },
        declarationHint: /^func\s/,
        assertion: /\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\s*\(|\b(?:assert|require)\.[A-Z]\w*\s*\(/g,
        assertionHint: /\bt\.|assert\.|require\./,
        matchers: (code) => names(code, GO_MATCHER),
        vacuous: /\b(?:assert|require)\.True\(\s*t\s*,\s*true\s*[,)]/
    },
    java: {
        skips: [
            { kind: 'skip', pattern: /@(?:Disabled\w*|Ignore|Enabled(?:If|On)\w*)\b/ },
            { kind: 'skip', pattern: /@Test\s*\(\s*enabled\s*=\s*false/ },
            { kind: 'skip', pattern: /\b(?:Assumptions\.)?assume(?:True|False|That)\s*\(/ }
        ],
        skipHint: /@Disabled|@Ignore|@Enabled|enabled|assume/,
        declarations: {
            marker: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/,
            signature: /\b(?:void|fun)\s+(?<name>`[^`]+`|\w+)\s*\(/,
            line: /\bvoid\s+(?<name>test\w*)\s*\(/
        },
        declarationHint: /@(?:Test|ParameterizedTest|RepeatedTest)|\bvoid\s+test/,
        assertion: /\bassert\w*\s*\(|\bverify\s*\(|\bfail\s*\(|^\s*assert\s/g,
        assertionHint: /assert|verify|fail|\.(?:is|has)[A-Z]|contains|\.startsWith|\.endsWith|equalTo|notNullValue|anything|hasItem/,
        matchers: (code) => names(code, JAVA_MATCHER),
        vacuous: /\bassertTrue\(\s*true\s*\)|\bassertThat\(\s*true\s*\)\.isTrue\(\)/
    },
    rust: {
        skips: [{ kind: 'skip', pattern: /#\[ignore\b|#\[cfg_attr\([^\]]{0,200}\bignore\b/ }],
        skipHint: /ignore/,
        declarations: {
            marker: /#\[(?:\w+::)*(?:test|rstest|test_case|quickcheck)\b/,
            signature: /\bfn\s+(?<name>\w+)\s*[<(]/
        },
        declarationHint: /#\[(?:\w+::)*(?:test|rstest|quickcheck)/,
        assertion: /\b(?:debug_)?assert(?:_eq|_ne)?!\s*\(/g,
        assertionHint: /assert/,
        matchers(code) {
            return names(code, RUST_MATCHER).map((n) => {
                if (n !== 'assert' && n !== 'debug_assert')
                    return n.replace('debug_', '');
                return /\bmatches!/.test(code)
                    ? 'assert (partial)'
                    : bareAssertKind(code.replace(/^.*?assert!\s*\(/, ''));
            });
        },
        vacuous: /\bassert!\(\s*true\s*[,)]/
    }
};
/** How strict a matcher is; names missing here are not compared. */
const MATCHER_RANKS = {
    js: {
        toStrictEqual: 3,
        ...ranks(0, [
            'toEqual(anything)',
            'toStrictEqual(anything)',
            'toBe(anything)',
            'toHaveBeenCalledWith(anything)',
            'toMatchObject(anything)'
        ]),
        ...ranks(2, [
            'toEqual',
            'toBe',
            'toBeNull',
            'toBeUndefined',
            'toBeNaN',
            'toHaveBeenCalledWith',
            'toHaveBeenCalledTimes',
            'toHaveBeenNthCalledWith',
            'toHaveBeenLastCalledWith',
            'toBeCalledWith',
            'toBeCalledTimes',
            'toHaveReturnedWith',
            'toHaveReturnedTimes',
            'toHaveLength',
            'toMatchSnapshot',
            'toMatchInlineSnapshot',
            'toThrowErrorMatchingSnapshot',
            'toThrowErrorMatchingInlineSnapshot',
            'toHaveText',
            'toHaveValue',
            'toHaveURL',
            'toHaveTitle',
            'toHaveCount',
            'toHaveAttribute',
            'toHaveScreenshot',
            'not.toHaveBeenCalled',
            'equal',
            'eql',
            'should:eq',
            'should:equal',
            'should:deep.equal',
            'should:have.text',
            'should:have.value',
            'should:have.length'
        ]),
        ...ranks(1, [
            'toMatchObject',
            'toContain',
            'toContainEqual',
            'toMatch',
            'toHaveProperty',
            'toBeCloseTo',
            'toBeGreaterThan',
            'toBeGreaterThanOrEqual',
            'toBeLessThan',
            'toBeLessThanOrEqual',
            'toBeInstanceOf',
            'toThrow',
            'toThrowError',
            'toContainText',
            'toHaveClass',
            'toSatisfy',
            'include',
            'contain',
            'match',
            'members',
            'should:contain',
            'should:include',
            'should:match',
            'should:have.class',
            'should:have.attr'
        ]),
        ...ranks(0, [
            'toBeDefined',
            'toBeTruthy',
            'toBeFalsy',
            'not.toBeNull',
            'not.toBeUndefined',
            'not.toBe',
            'not.toEqual',
            'not.toStrictEqual',
            'toHaveBeenCalled',
            'toBeCalled',
            'toHaveReturned',
            'toBeVisible',
            'toBeAttached',
            'ok',
            'exist',
            'should:exist',
            'should:be.visible',
            'should:be.ok',
            'should:not.be.empty'
        ])
    },
    python: {
        ...ranks(2, [
            'assertEqual',
            'assertEquals',
            'assertListEqual',
            'assertDictEqual',
            'assertTupleEqual',
            'assertSetEqual',
            'assertSequenceEqual',
            'assertMultiLineEqual',
            'assertCountEqual',
            'assertIs',
            'assertIsNone',
            'assertRaisesRegex',
            'assertWarnsRegex',
            'pytest.raises(match)',
            'assert =='
        ]),
        ...ranks(1, [
            'assertIn',
            'assertNotIn',
            'assertRegex',
            'assertAlmostEqual',
            'assertGreater',
            'assertGreaterEqual',
            'assertLess',
            'assertLessEqual',
            'assertIsInstance',
            'assertRaises',
            'assertWarns',
            'pytest.raises',
            'assert (partial)'
        ]),
        ...ranks(0, [
            'assertTrue',
            'assertFalse',
            'assertIsNotNone',
            'assertNotEqual',
            'assertIsNot',
            'assert_',
            'assert (truthy)',
            'assert (negated)'
        ])
    },
    go: {
        Exactly: 3,
        ...ranks(2, [
            'Equal',
            'EqualValues',
            'EqualError',
            'EqualExportedValues',
            'Len',
            'ErrorIs',
            'ErrorAs',
            'JSONEq',
            'YAMLEq',
            'Same',
            'Nil',
            'NoError',
            'Empty',
            'Zero',
            'PanicsWithValue',
            'PanicsWithError'
        ]),
        ...ranks(1, [
            'Contains',
            'ElementsMatch',
            'Subset',
            'InDelta',
            'InEpsilon',
            'Greater',
            'GreaterOrEqual',
            'Less',
            'LessOrEqual',
            'ErrorContains',
            'Regexp',
            'IsType',
            'Implements',
            'Panics'
        ]),
        ...ranks(0, ['NotNil', 'NotEmpty', 'NotZero', 'True', 'False', 'Error', 'NotEqual'])
    },
    java: {
        ...ranks(2, [
            'assertEquals',
            'assertArrayEquals',
            'assertIterableEquals',
            'assertLinesMatch',
            'assertSame',
            'assertNull',
            'assertThrowsExactly',
            'isEqualTo',
            'containsExactly',
            'containsExactlyInAnyOrder',
            'isSameAs',
            'hasSize',
            'isNull',
            'hasMessage',
            'equalTo'
        ]),
        ...ranks(1, [
            'assertThrows',
            'assertInstanceOf',
            'contains',
            'containsAll',
            'startsWith',
            'endsWith',
            'isInstanceOf',
            'isGreaterThan',
            'isLessThan',
            'hasMessageContaining',
            'isCloseTo',
            'containsString',
            'hasItem',
            'hasItems'
        ]),
        ...ranks(0, [
            'assertTrue',
            'assertFalse',
            'assertNotNull',
            'assertNotEquals',
            'assertDoesNotThrow',
            'isNotNull',
            'isNotEmpty',
            'isTrue',
            'isFalse',
            'isNotEqualTo',
            'notNullValue',
            'anything'
        ])
    },
    rust: {
        assert_eq: 2,
        'assert ==': 2,
        'assert (partial)': 1,
        assert_ne: 0,
        'assert (negated)': 0,
        'assert (truthy)': 0
    }
};
function ranks(rank, list) {
    return Object.fromEntries(list.map((name) => [name, rank]));
}

/**
 * Whether a change block only re-lays code out: the removed and the added lines read as the same
 * token stream once whitespace, line breaks, quote style, statement semicolons, trailing commas
 * and redundant grouping parentheses are set aside (Black's `assert (\n    a == b\n)` is still
 * `assert a == b`). Every step is one pass over the block's text.
 */
/** Identifiers, numbers, string literals (closed on the same line), then any other character. */
const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`|\S/g;
/** Words after which `(` groups an expression rather than calling something. */
const STATEMENT_WORDS = new Set([
    'assert',
    'return',
    'yield',
    'await',
    'if',
    'elif',
    'while',
    'throw'
]);
/** Tokens before a `(` that make it a grouping whose removal keeps the meaning (with AFTER_GROUP). */
const BEFORE_GROUP = new Set(['=', ',', '(', '[', '{', ':']);
const AFTER_GROUP = new Set([',', ')', ']', '}', ':']);
const CLOSERS = new Set([')', ']', '}']);
/** A formatter's rewrap is small: a longer block is not compared token by token (bounded work). */
const MAX_BLOCK_CHARS = 64_000;
/** True when the block's removed and added lines are the same code laid out differently. */
function layoutOnly(lines, block) {
    if (block.removedCount === 0 || block.addedCount === 0)
        return false;
    const hunk = lines.hunks[block.hunk];
    const removed = [];
    const added = [];
    let chars = 0;
    for (let k = block.from; k < block.to; k++) {
        const kind = kindAt(hunk, k);
        const content = contentAt(hunk, k);
        chars += content.length;
        if (chars > MAX_BLOCK_CHARS)
            return false;
        if (kind === KIND_DEL)
            removed.push(content);
        else if (kind === KIND_ADD)
            added.push(content);
    }
    const before = meaningTokens(removed.join('\n'));
    const after = meaningTokens(added.join('\n'));
    return before.length === after.length && before.every((token, i) => token === after[i]);
}
/** The tokens of `text` with layout-only tokens and redundant parentheses left out. */
function meaningTokens(text) {
    const raw = [];
    for (const [token] of text.matchAll(TOKEN)) {
        // A line-continuation backslash and a statement-ending semicolon carry no meaning here.
        if (token === '\\' || token === ';')
            continue;
        raw.push(token.length > 1 && /^["'`]/.test(token) ? `str:${token.slice(1, -1)}` : token);
    }
    return withoutRedundantGroups(withoutTrailingCommas(raw));
}
/**
 * Drops a comma right before a closer, except in `(x,)`: a grouping with one element and a
 * trailing comma is a Python tuple, not the element.
 */
function withoutTrailingCommas(tokens) {
    const { pairs, commas } = brackets(tokens);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const next = tokens[i + 1];
        if (tokens[i] === ',' && next !== undefined && CLOSERS.has(next)) {
            const open = pairs.get(i + 1);
            const oneTuple = next === ')' &&
                open !== undefined &&
                isGrouping(tokens, open) &&
                (commas.get(open) ?? 0) === 1;
            if (!oneTuple)
                continue;
        }
        out.push(tokens[i]);
    }
    return out;
}
/**
 * Leaves out grouping parentheses that change nothing: around one token, directly around another
 * group, or around a whole operand after a statement word, `=`, `,` or an opener and before a
 * closer, `,` or the end; never around a tuple (a top-level comma inside).
 */
function withoutRedundantGroups(tokens) {
    const { pairs, commas } = brackets(tokens);
    const drop = new Set();
    for (const [close, open] of pairs) {
        if (tokens[open] !== '(' || !isGrouping(tokens, open))
            continue;
        if (commas.has(open))
            continue;
        const before = tokens[open - 1];
        const after = tokens[close + 1];
        const single = close - open === 2;
        const wrapsGroup = tokens[open + 1] === '(' && pairs.get(close - 1) === open + 1;
        const wholeOperand = (before === undefined || STATEMENT_WORDS.has(before) || BEFORE_GROUP.has(before)) &&
            (after === undefined || AFTER_GROUP.has(after) || STATEMENT_WORDS.has(after));
        if (single || wrapsGroup || wholeOperand) {
            drop.add(open);
            drop.add(close);
        }
    }
    return tokens.filter((_, i) => !drop.has(i));
}
/** The bracket pairs and the commas each holds at its own level: one stack pass. */
function brackets(tokens) {
    const pairs = new Map();
    const commas = new Map();
    const stack = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === '(' || t === '[' || t === '{')
            stack.push(i);
        else if (CLOSERS.has(t)) {
            const open = stack.pop();
            if (open !== undefined)
                pairs.set(i, open);
        }
        else if (t === ',' && stack.length > 0) {
            const open = stack[stack.length - 1];
            commas.set(open, (commas.get(open) ?? 0) + 1);
        }
    }
    return { pairs, commas };
}
/** `(` that groups: not a call (after a name that is not a statement word, or after a closer). */
function isGrouping(tokens, open) {
    const before = tokens[open - 1];
    if (before === undefined)
        return true;
    if (CLOSERS.has(before) || before.startsWith('str:'))
        return false;
    return !/^[A-Za-z_$][\w$]*$/.test(before) || STATEMENT_WORDS.has(before);
}

const WHY$6 = 'A weaker assertion passes on more outputs, including wrong ones.';
const FIX$6 = 'Keep the original assertion and fix the code, or have a maintainer approve the change.';
/** Inline Rust tests live in `mod tests`; git names the module in the hunk heading. */
const RUST_TEST_SECTION = /\btests?\b|#\[cfg\(test\)\]/;
function weakenedAssertions(scanned, unpairedLines) {
    const findings = [];
    for (const file of scanned) {
        const language = file.language;
        if (language === null || file.file.status === 'added' || file.file.status === 'deleted') {
            continue;
        }
        const { assertionHint } = LANGUAGE_MARKERS[language];
        // Blocks without an assertion-like line count nothing and swap nothing: they are left out.
        const changed = file.lines.hits(assertionHint);
        const blocks = file.roles.inlineTests
            ? changed.filter((b) => RUST_TEST_SECTION.test(b.block.section))
            : changed;
        if (blocks.length === 0)
            continue;
        for (const item of inFile(file, language, blocks, unpairedLines))
            findings.push(item);
    }
    return findings;
}
function inFile(file, language, blocks, unpairedLines) {
    const { assertion, vacuous } = LANGUAGE_MARKERS[language];
    const { syntax } = file;
    const path = file.file.path;
    const findings = [];
    let removedCount = 0;
    let addedCount = 0;
    let firstDrop = null;
    const removedLive = new Set();
    const commented = [];
    const constant = [];
    for (const block of blocks) {
        // The same tokens laid out anew (a formatter's rewrap) weaken nothing.
        if (layoutOnly(file.lines, block.block))
            continue;
        let blockRemoved = 0;
        for (const line of block.removed) {
            if (unpairedLines.has(file.lines, line))
                continue;
            if (isComment(line.content, syntax))
                continue;
            const n = countCode(line.content, assertion, syntax.quotes);
            if (n > 0)
                removedLive.add(normalized(line.content));
            blockRemoved += n;
        }
        let blockAdded = 0;
        for (const line of block.added) {
            if (unpairedLines.has(file.lines, line))
                continue;
            if (isComment(line.content, syntax)) {
                if (countCode(uncomment(line.content, syntax), assertion, '') > 0)
                    commented.push(line);
                continue;
            }
            blockAdded += countCode(line.content, assertion, syntax.quotes);
            if (codeMatch(line.content, vacuous, syntax.quotes) !== null)
                constant.push(line);
        }
        if (blockRemoved > blockAdded && firstDrop === null)
            firstDrop = block.block.anchor;
        removedCount += blockRemoved;
        addedCount += blockAdded;
        for (const item of swaps(block, language, file, unpairedLines))
            findings.push(item);
    }
    const commentedOut = commented.filter((line) => removedLive.has(normalized(uncomment(line.content, syntax))));
    for (const line of commentedOut) {
        findings.push({
            rule: 'assertion-weakened',
            severity: 'block',
            message: `An assertion is commented out: \`${excerpt(line.content)}\``,
            path,
            line: line.newLine ?? undefined,
            evidence: { kind: 'commented-out', text: excerpt(line.content) },
            why: WHY$6,
            fix: FIX$6
        });
    }
    for (const line of constant) {
        findings.push({
            rule: 'assertion-weakened',
            severity: 'block',
            message: `An assertion that cannot fail is added to an existing test: \`${excerpt(line.content)}\``,
            path,
            line: line.newLine ?? undefined,
            evidence: { kind: 'constant', text: excerpt(line.content) },
            why: 'It checks a constant, not the code: the test passes whatever the code does.',
            fix: FIX$6
        });
    }
    const fewer = removedCount - addedCount - commentedOut.length;
    if (fewer > 0) {
        findings.push({
            rule: 'assertion-weakened',
            severity: 'block',
            message: `${fewer} fewer assertion${fewer === 1 ? '' : 's'} in the tests this change edits (${removedCount} removed, ${addedCount} added).`,
            path,
            line: firstDrop ?? undefined,
            evidence: { kind: 'fewer', removed: removedCount, added: addedCount },
            why: WHY$6,
            fix: FIX$6
        });
    }
    return findings;
}
/** Strict matchers the block removes that come back as looser ones. */
function swaps(hits, language, file, unpairedLines) {
    if (hits.block.removedCount === 0 || hits.block.addedCount === 0)
        return [];
    const ranks = MATCHER_RANKS[language];
    const markers = LANGUAGE_MARKERS[language];
    const before = ranked(hits.removed, markers, ranks, file, unpairedLines);
    const after = ranked(hits.added, markers, ranks, file, unpairedLines);
    if (before.length === 0 || after.length === 0)
        return [];
    for (let i = before.length - 1; i >= 0; i--) {
        const twin = after.findIndex((a) => a.name === before[i].name);
        if (twin >= 0) {
            after.splice(twin, 1);
            before.splice(i, 1);
        }
    }
    const findings = [];
    for (const strict of before) {
        const looser = after.findIndex((a) => a.rank < strict.rank);
        if (looser < 0)
            continue;
        const [loose] = after.splice(looser, 1);
        findings.push({
            rule: 'assertion-weakened',
            severity: 'block',
            message: `\`${strict.name}\` is replaced by the looser \`${loose.name}\`: \`${excerpt(loose.line.content)}\``,
            path: file.file.path,
            line: loose.line.newLine ?? undefined,
            evidence: { kind: 'looser-matcher', from: strict.name, to: loose.name },
            why: WHY$6,
            fix: FIX$6
        });
    }
    return findings;
}
function ranked(lines, markers, ranks, file, unpairedLines) {
    const out = [];
    // `lines` all match the assertion hint already.
    for (const line of lines) {
        if (unpairedLines.has(file.lines, line))
            continue;
        if (isComment(line.content, file.syntax))
            continue;
        for (const name of markers.matchers(wrappedStatement(file.lines, line))) {
            if (Object.hasOwn(ranks, name))
                out.push({ name, rank: ranks[name], line });
        }
    }
    return out;
}
/** How far a wrapped statement (`assert (` then its operands) is read down the hunk. */
const WRAP_REACH = 30;
/**
 * The line, or for one that opens a bracket it does not close (a formatter's `assert (`), the
 * statement joined with the lines on its side of the diff until the bracket closes.
 */
function wrappedStatement(lines, line) {
    if (depthAfter(line.content, 0) <= 0)
        return line.content;
    const id = lines.idOfLine(line);
    const at = id === undefined ? null : lines.locate(id);
    if (at === null)
        return line.content;
    const skip = line.kind === 'add' ? KIND_DEL : KIND_ADD;
    const hunk = lines.hunks[at.hunk];
    let text = line.content;
    let depth = depthAfter(text, 0);
    for (let k = at.k + 1; k < hunk.count && k <= at.k + WRAP_REACH && depth > 0; k++) {
        if (kindAt(hunk, k) === skip)
            continue;
        const next = contentAt(hunk, k);
        text += ` ${next.trim()}`;
        depth = depthAfter(next, depth);
    }
    return text;
}
/** Bracket depth after `text`, starting from `depth` (strings are not told apart: a rough count). */
function depthAfter(text, depth) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}')
            depth--;
    }
    return depth;
}

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const IF_KEY = /^\s*(?:-\s+)?if\s*:\s*(\S.*)$/;
const KEY$1 = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:(?:\s|$)/;
const FLOW_LIST = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:\s*\[([^\]]*)\]/;
const LIST_DASH = /^\s*-\s+/;
/** Commands and step names that run tests. */
const TEST_STEP = /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test|\bnpx\s+(?:jest|vitest|playwright)|\b(?:jest|vitest|pytest|tox|nox|rspec|phpunit|ctest)\b|\bgo\s+test\b|\bcargo\s+(?:test|nextest)\b|\b(?:mvn|gradlew?|\.\/gradlew)\b.{0,60}?\b(?:test|verify|check)\b|\bmake\s+(?:test|check)\b|\bdotnet\s+test\b|\bname\s*:.{0,80}?\btests?\b/i;
/** How far up or down a hunk a step's lines and a line's parents are read (bounded work). */
const REACH = 200;
const WHY$5 = 'Tests a CI job no longer runs cannot fail, so a green run no longer covers them.';
const FIX$5 = 'Keep the tests running where they ran before; a maintainer approves a deliberate change to where CI tests.';
function ciSkips(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (!file.roles.ci || !WORKFLOW.test(file.file.path) || file.file.status === 'deleted')
            continue;
        narrowedConditions(file, findings);
        droppedMatrixEntries(file, findings);
    }
    return findings;
}
/** `if:` lines added (not moved) on steps or jobs that run tests. */
function narrowedConditions(file, findings) {
    const removed = new Set();
    for (const hunk of file.file.hunks) {
        for (const line of hunk.lines) {
            if (line.kind === 'del' && IF_KEY.test(line.content))
                removed.add(normalized(line.content));
        }
    }
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind !== 'add' || !IF_KEY.test(line.content))
                return;
            if (removed.has(normalized(line.content)))
                return;
            if (!TEST_STEP.test(guardedText(hunk, index)))
                return;
            const before = [...removed][0];
            findings.push(finding$2(file, line, before === undefined
                ? `a test step now runs only when \`${excerpt(line.content.trim())}\``
                : `the condition of a test step changes from \`${excerpt(before)}\` to \`${excerpt(line.content.trim())}\``, 'ci-condition'));
        });
    }
}
/** The new-side text of the step (or job) the `if:` at `index` guards, as far as the hunk shows. */
function guardedText(hunk, index) {
    const lines = hunk.lines;
    const ifIndent = indentOf$2(lines[index].content);
    const ownDash = /^\s*-\s/.test(lines[index].content);
    // The step's dash: on the if line itself, or the nearest less-indented dash line above.
    let start = index;
    let bodyIndent = ifIndent;
    if (!ownDash) {
        for (let j = index - 1; j >= 0 && index - j <= REACH; j--) {
            const text = lines[j].content;
            if (lines[j].kind === 'del' || text.trim() === '')
                continue;
            const indent = indentOf$2(text);
            if (indent < ifIndent) {
                start = j;
                bodyIndent = /^\s*-\s/.test(text) ? indent + 1 : ifIndent;
                break;
            }
        }
    }
    else {
        bodyIndent = ifIndent + 1;
    }
    const parts = [];
    for (let j = start; j < lines.length && j - start <= REACH; j++) {
        const line = lines[j];
        if (line.kind === 'del')
            continue;
        if (j > start && line.content.trim() !== '' && indentOf$2(line.content) < bodyIndent)
            break;
        parts.push(line.content);
    }
    return parts.join('\n');
}
/** Matrix values removed on net, and entries added under `exclude`. */
function droppedMatrixEntries(file, findings) {
    const addedItems = new Set();
    const addedFlow = new Map();
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind !== 'add')
                return;
            const flow = FLOW_LIST.exec(line.content);
            if (flow !== null && parentsOf(hunk, index, 'add').includes('matrix')) {
                addedFlow.set(flow[1], new Set(items(flow[2])));
            }
            const item = listItem(line.content);
            if (item !== null)
                addedItems.add(item);
        });
    }
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind === 'context')
                return;
            const parents = parentsOf(hunk, index, line.kind);
            if (!parents.includes('matrix') && KEY$1.exec(line.content)?.[1] !== 'matrix')
                return;
            if (line.kind === 'add') {
                if (parents.includes('exclude') || KEY$1.exec(line.content)?.[1] === 'exclude') {
                    findings.push(finding$2(file, line, 'a CI matrix entry is excluded', 'matrix'));
                }
                return;
            }
            const flow = FLOW_LIST.exec(line.content);
            if (flow !== null) {
                const kept = addedFlow.get(flow[1]);
                const dropped = kept === undefined ? [] : items(flow[2]).filter((v) => !kept.has(v));
                if (dropped.length > 0) {
                    findings.push(finding$2(file, line, `CI matrix values are dropped: ${dropped.join(', ')}`, 'matrix'));
                }
                return;
            }
            const item = listItem(line.content);
            if (item !== null && !parents.includes('exclude') && !addedItems.has(item)) {
                findings.push(finding$2(file, line, `a CI matrix value is dropped: ${item}`, 'matrix'));
            }
        });
    }
}
/** The scalar of a `- value` list line, or null for a mapping entry or another line. */
function listItem(text) {
    const dash = LIST_DASH.exec(text);
    if (dash === null)
        return null;
    let value = text.slice(dash[0].length);
    const comment = value.indexOf(' #');
    if (comment >= 0)
        value = value.slice(0, comment);
    value = value.trim().replace(/^["']|["']$/g, '');
    return value === '' || value.includes(':') ? null : value;
}
function items(list) {
    return list
        .split(',')
        .map((v) => v.trim().replace(/^["']|["']$/g, ''))
        .filter((v) => v !== '');
}
/** The keys of the less-indented lines above `index` on its side, nearest first (at most 4). */
function parentsOf(hunk, index, kind) {
    const skip = kind === 'add' ? 'del' : kind === 'del' ? 'add' : null;
    const parents = [];
    let indent = indentOf$2(hunk.lines[index].content);
    for (let j = index - 1; j >= 0 && index - j <= REACH && parents.length < 4; j--) {
        const line = hunk.lines[j];
        if (line.kind === skip || line.content.trim() === '')
            continue;
        const own = indentOf$2(line.content);
        if (own >= indent)
            continue;
        const key = KEY$1.exec(line.content);
        if (key !== null)
            parents.push(key[1]);
        indent = own;
    }
    return parents;
}
function indentOf$2(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function finding$2(file, line, what, marker) {
    return {
        rule: 'test-skipped',
        severity: 'block',
        message: `Tests stop running in CI: ${what}.`,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker, text: excerpt(line.content) },
        why: WHY$5,
        fix: FIX$5
    };
}

/**
 * One regular expression that matches a line when any of several hints does: a test file's
 * changed lines are read once against it, and only the few that match are tested hint by hint.
 * The hints' alternatives are merged by their first atom (`s(?:kip|hould)`), which is what
 * makes one pass cheaper than a pass per hint: the engine tries fewer branches at each position.
 */
/**
 * The gate of `hints`: one union per flag set, and a hint that cannot join a union (it names or
 * refers back to a group) kept as it is.
 */
function gateOf(hints) {
    const unique = new Set(hints);
    return { hints: unique, patterns: buildGate([...unique]) };
}
/** True when one of the gate's patterns matches `text`. */
function passes(gate, text) {
    const { patterns } = gate;
    for (let i = 0; i < patterns.length; i++)
        if (patterns[i].test(text))
            return true;
    return false;
}
function buildGate(hints) {
    const out = [];
    const byFlags = new Map();
    for (const hint of hints) {
        const flags = hint.flags.replace(/[gy]/g, '');
        if (!mergeable(hint.source)) {
            out.push(new RegExp(hint.source, flags));
            continue;
        }
        const list = byFlags.get(flags) ?? [];
        for (const item of alternatives(hint.source))
            list.push(item);
        byFlags.set(flags, list);
    }
    for (const [flags, branches] of byFlags) {
        out.unshift(new RegExp(factored([...new Set(branches)]), flags));
    }
    return out;
}
/** Named groups and back-references change meaning (or clash) once sources are joined. */
function mergeable(source) {
    return !/\\[1-9k]|\(\?<[A-Za-z_$]/.test(source);
}
/** The top-level alternatives of a pattern source. */
function alternatives(source) {
    const out = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    out.push(source.slice(start));
    return out;
}
/**
 * Alternatives grouped by a shared first atom, recursively: `skip|should` becomes
 * `s(?:kip|hould)`. The same strings match; a branch whose first atom is a group or repeated is
 * left whole.
 */
function factored(branches) {
    const groups = new Map();
    const order = [];
    for (const branch of branches) {
        const atom = leadingAtom(branch);
        if (atom === null) {
            order.push(branch);
            continue;
        }
        const rests = groups.get(atom);
        if (rests)
            rests.push(branch.slice(atom.length));
        else {
            groups.set(atom, [branch.slice(atom.length)]);
            order.push({ atom });
        }
    }
    return order
        .map((entry) => {
        if (typeof entry === 'string')
            return entry;
        const rests = groups.get(entry.atom);
        if (rests.length === 1)
            return entry.atom + rests[0];
        return `${entry.atom}(?:${factored(rests)})`;
    })
        .join('|');
}
/**
 * The branch's first atom when it can be taken out of a group of alternatives: one character,
 * a one-character escape, a class or an anchor, not followed by a quantifier. Null otherwise.
 */
function leadingAtom(branch) {
    const c = branch[0];
    if (c === undefined || '()|*+?{}'.includes(c))
        return null;
    let end = 1;
    if (c === '\\') {
        const next = branch[1];
        if (next === undefined || /[0-9cxuUkpP]/.test(next))
            return null;
        end = 2;
    }
    else if (c === '[') {
        end = classEnd(branch);
        if (end < 0)
            return null;
    }
    const after = branch[end];
    if (after !== undefined && '*+?{'.includes(after))
        return null;
    return branch.slice(0, end);
}
/** Where the character class that opens `branch` ends (after its first unescaped `]`), or -1. */
function classEnd(branch) {
    for (let i = 1; i < branch.length; i++) {
        if (branch[i] === '\\')
            i++;
        else if (branch[i] === ']')
            return i + 1;
    }
    return -1;
}

/** A hunk whose lines' text is spread this much wider than its length is searched line by line. */
const SPAN_SLACK = 4;
class FileLines {
    hunks;
    blocks;
    /** The id of each hunk's first line: ids number the file's lines in diff order. */
    #base;
    /** Per hunk, where its lines' text starts and ends, or -1 when it is better read line by line. */
    #spanStart;
    #spanEnd;
    #gate;
    #passed;
    #all;
    #matches = new Map();
    #hits = new Map();
    #lines = new Map();
    #ids = new Map();
    /** `gate`: the hints rules will ask about; another hint costs a pass of its own. */
    constructor(hunks, gate) {
        this.hunks = hunks;
        this.#gate = gate;
        const blocks = [];
        this.#base = [];
        this.#spanStart = [];
        this.#spanEnd = [];
        let base = 0;
        for (let h = 0; h < hunks.length; h++) {
            const hunk = hunks[h];
            this.#base.push(base);
            base += hunk.count;
            readHunk(hunk, h, blocks, this.#spanStart, this.#spanEnd);
        }
        this.blocks = blocks;
    }
    /** A number for the hunk's line `k`, unique in the file and rising in diff order. */
    idOf(hunk, k) {
        return this.#base[hunk] + k;
    }
    /** The hunk's line `k` as a `DiffLine`, made once (rules read few lines this way). */
    line(hunk, k, content) {
        const id = this.#base[hunk] + k;
        let line = this.#lines.get(id);
        if (line === undefined) {
            line = diffLineAt(this.hunks[hunk], k, content);
            this.#lines.set(id, line);
            this.#ids.set(line, id);
        }
        return line;
    }
    /** The hunk and index of the line numbered `id`: a binary search over the hunks' first ids. */
    locate(id) {
        let lo = 0;
        let hi = this.#base.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.#base[mid] <= id)
                lo = mid + 1;
            else
                hi = mid;
        }
        const hunk = lo - 1;
        if (hunk < 0 || id - this.#base[hunk] >= this.hunks[hunk].count)
            return null;
        return { hunk, k: id - this.#base[hunk] };
    }
    /** The id of a line made by `line`, or undefined for another object. */
    idOfLine(line) {
        return this.#ids.get(line);
    }
    /**
     * The blocks with a changed line that matches `hint` (non-global), with those lines; empty for
     * most files, which stop there.
     */
    hits(hint) {
        let hits = this.#hits.get(hint);
        if (hits === undefined) {
            hits = [];
            let last;
            for (const c of this.#changedMatching(hint)) {
                const block = this.blocks[c.block];
                if (last?.block !== block) {
                    last = { block, removed: [], added: [] };
                    hits.push(last);
                }
                const line = this.line(c.hunk, c.k, c.content);
                if (c.kind === KIND_DEL)
                    last.removed.push(line);
                else
                    last.added.push(line);
            }
            this.#hits.set(hint, hits);
        }
        return hits;
    }
    /**
     * The ids, rising, of the lines that match `hint` (non-global): changed lines, and context lines
     * too when `context` is set.
     */
    idsMatching(hint, context) {
        const ids = this.#changedMatching(hint).map((c) => c.id);
        if (!context)
            return ids;
        for (let h = 0; h < this.hunks.length; h++) {
            const hunk = this.hunks[h];
            const { cols, text } = hunk;
            for (let k = 0, o = hunk.first * LINE_STRIDE; k < hunk.count; k++, o += LINE_STRIDE) {
                if ((cols[o + AT_FLAGS] & KIND_MASK) !== KIND_CONTEXT)
                    continue;
                if (hint.test(text.slice(cols[o + AT_START], cols[o + AT_END])))
                    ids.push(this.idOf(h, k));
            }
        }
        return ids.sort((a, b) => a - b);
    }
    /** False when no line of the hunk can hold `literal`: a bounded search over its whole text. */
    mayInclude(hunk, literal) {
        const start = this.#spanStart[hunk];
        if (start < 0)
            return true;
        return this.hunks[hunk].text.slice(start, this.#spanEnd[hunk]).includes(literal);
    }
    /** Changed lines that match `hint`, in diff order. */
    #changedMatching(hint) {
        let found = this.#matches.get(hint);
        if (found === undefined) {
            const pool = this.#gate.hints.has(hint) ? this.#passedGate() : this.#allChanged();
            found = pool.filter((c) => hint.test(c.content));
            this.#matches.set(hint, found);
        }
        return found;
    }
    #passedGate() {
        return (this.#passed ??= this.#read(this.#gate));
    }
    #allChanged() {
        return (this.#all ??= this.#read(null));
    }
    /** The changed lines that pass `gate` (all of them for null), with their text. */
    #read(gate) {
        const out = [];
        for (let b = 0; b < this.blocks.length; b++) {
            const block = this.blocks[b];
            const hunk = this.hunks[block.hunk];
            const { cols, text } = hunk;
            let o = (hunk.first + block.from) * LINE_STRIDE;
            for (let k = block.from; k < block.to; k++, o += LINE_STRIDE) {
                const content = text.slice(cols[o + AT_START], cols[o + AT_END]);
                if (gate !== null && !passes(gate, content))
                    continue;
                out.push({
                    id: this.#base[block.hunk] + k,
                    hunk: block.hunk,
                    k,
                    kind: cols[o + AT_FLAGS] & KIND_MASK,
                    block: b,
                    content
                });
            }
        }
        return out;
    }
}
/** The hunk's change blocks, and the bounds of its lines' text. */
function readHunk(hunk, h, blocks, spanStart, spanEnd) {
    const { cols, count } = hunk;
    let minStart = Infinity;
    let maxEnd = -1;
    let chars = 0;
    let nextNewLine = hunk.newStart;
    let block = null;
    for (let k = 0, o = hunk.first * LINE_STRIDE; k < count; k++, o += LINE_STRIDE) {
        const start = cols[o + AT_START];
        const end = cols[o + AT_END];
        if (start < minStart)
            minStart = start;
        if (end > maxEnd)
            maxEnd = end;
        chars += end - start + 1;
        const kind = cols[o + AT_FLAGS] & KIND_MASK;
        if (kind === KIND_CONTEXT) {
            const newLine = cols[o + AT_NEW];
            nextNewLine = (newLine < 0 ? nextNewLine : newLine) + 1;
            block = null;
            continue;
        }
        // Removed lines, then added ones as a rule; removals after additions count the same.
        if (block === null) {
            const anchor = Math.max(1, nextNewLine);
            block = {
                hunk: h,
                from: k,
                to: k,
                removedCount: 0,
                addedCount: 0,
                section: hunk.section,
                anchor
            };
            blocks.push(block);
        }
        block.to = k + 1;
        if (kind === KIND_ADD) {
            const newLine = cols[o + AT_NEW];
            nextNewLine = (newLine < 0 ? nextNewLine : newLine) + 1;
            block.addedCount++;
        }
        else {
            block.removedCount++;
        }
    }
    const compact = maxEnd >= minStart && maxEnd - minStart <= SPAN_SLACK * (chars + 16);
    spanStart.push(compact ? minStart : -1);
    spanEnd.push(compact ? maxEnd : -1);
}
/** The new-file number of the hunk's line `k`, or null (a removed line). */
function newLineAt(hunk, k) {
    const n = hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_NEW];
    return n < 0 ? null : n;
}

/**
 * The tests a diff declares or removes, with the body lines the diff shows for each: read from
 * one-line declarations (`it('name'`, `def test_x`, `func TestX`) or from a marker before a
 * function (`@Test`, `#[test]`). A commented-out test is not a declaration.
 */
/** A marker stops waiting for its function after this many lines (annotations stack). */
const MARKER_REACH = 6;
function testDeclarations(scanned) {
    if (scanned.language === null)
        return [];
    const { declarations: rule, declarationHint } = LANGUAGE_MARKERS[scanned.language];
    const { syntax, file, lines } = scanned;
    const deleted = file.status === 'deleted';
    // The lines that may declare a test or hold a marker (context lines too when markers count):
    // the others matter only as body lines, or as lines after a marker.
    const hinted = lines.idsMatching(declarationHint, rule.marker !== undefined);
    if (hinted.length === 0)
        return [];
    const out = [];
    let next = 0;
    for (let h = 0; h < lines.hunks.length; h++) {
        const hunk = lines.hunks[h];
        while (next < hinted.length && hinted[next] < lines.idOf(h, 0))
            next++;
        // A hunk with no such line declares nothing (nothing carries over from one hunk to the next).
        if (next === hinted.length || hinted[next] >= lines.idOf(h, hunk.count))
            continue;
        let marker = null;
        let current = null;
        let nextNewLine = hunk.newStart;
        for (let k = 0; k < hunk.count; k++) {
            const kind = kindAt(hunk, k);
            const newLine = newLineAt(hunk, k);
            if (kind === KIND_CONTEXT && !rule.marker) {
                if (newLine !== null)
                    nextNewLine = newLine + 1;
                current = null;
                continue;
            }
            const anchor = deleted ? null : Math.max(1, newLine ?? nextNewLine);
            if (newLine !== null)
                nextNewLine = newLine + 1;
            const mayDeclare = hinted[next] === lines.idOf(h, k);
            if (mayDeclare)
                next++;
            let declared = null;
            if (mayDeclare || marker) {
                const content = contentAt(hunk, k);
                if (!isComment(content, syntax)) {
                    if (mayDeclare && rule.marker && codeMatch(content, rule.marker, syntax.quotes)) {
                        marker = { kind, age: 0 };
                    }
                    const signature = marker && rule.signature ? codeMatch(content, rule.signature, syntax.quotes) : null;
                    if (signature && marker) {
                        const side = kind === KIND_CONTEXT ? marker.kind : kind;
                        if (side !== KIND_CONTEXT)
                            declared = { name: nameOf(signature), side: sideOf(side) };
                        marker = null;
                    }
                    else {
                        const single = mayDeclare && rule.line && kind !== KIND_CONTEXT
                            ? codeMatch(content, rule.line, syntax.quotes)
                            : null;
                        if (single)
                            declared = { name: nameOf(single), side: sideOf(kind) };
                        if (marker && ++marker.age > MARKER_REACH)
                            marker = null;
                    }
                }
            }
            if (declared) {
                const { name, side } = declared;
                current = { side, name, path: file.path, lines, hunk: h, from: k, to: k + 1, anchor };
                out.push(current);
            }
            else if (current && kind === (current.side === 'removed' ? KIND_DEL : KIND_ADD)) {
                current.to = k + 1;
            }
            else {
                current = null;
            }
        }
    }
    return out;
}
function nameOf(match) {
    return (match.groups?.name ?? '').replace(/^`|`$/g, '');
}
function sideOf(kind) {
    return kind === KIND_DEL ? 'removed' : 'added';
}

/** Share of body lines two tests must have in common to be the same test renamed. */
const SAME_BODY = 0.6;
const LISTED_NAMES = 20;
function deletedTests(scanned) {
    const findings = [];
    const declarations = scanned.flatMap((file) => file.roles.test !== null || file.roles.inlineTests ? testDeclarations(file) : []);
    const removed = declarations.filter((d) => d.side === 'removed');
    const added = declarations.filter((d) => d.side === 'added');
    const unmatchedAdded = new Set(added);
    const byName = groupBy(added, (d) => d.name);
    const renamedCandidates = removed.filter((r) => !claim(r, byName.get(r.name) ?? [], unmatchedAdded));
    const bodies = new Map();
    const bodyOf = (d) => {
        let body = bodies.get(d);
        if (body === undefined) {
            body = bodyLines(d);
            bodies.set(d, body);
        }
        return body;
    };
    const rewritten = renamedCandidates.filter((r) => {
        const body = bodyOf(r);
        if (body.size < 2)
            return true;
        const similar = [...unmatchedAdded].filter((a) => similarity(body, bodyOf(a)) >= SAME_BODY);
        return !claim(r, similar, unmatchedAdded);
    });
    const addedByPath = groupBy(added, (d) => d.path);
    const deleted = rewritten.filter((r) => !claim(r, addedByPath.get(r.path) ?? [], unmatchedAdded));
    const unpairedLines = new UnpairedLines([...deleted, ...unmatchedAdded]);
    const byPath = groupBy(deleted, (d) => d.path);
    for (const file of scanned) {
        if (file.roles.test === null || file.file.status !== 'deleted')
            continue;
        if ((file.file.patchMissing || file.file.binary) && !byPath.has(file.file.path)) {
            findings.push({
                rule: 'test-deleted',
                severity: 'block',
                message: 'A test file is deleted and the diff does not show its lines.',
                path: file.file.path,
                evidence: { tests: [], count: null, fileDeleted: true },
                why: WHY$4,
                fix: FIX$4
            });
        }
    }
    for (const [path, list] of byPath) {
        const fileDeleted = list[0].anchor === null;
        const names = list.map((d) => d.name);
        const quoted = names
            .slice(0, LISTED_NAMES)
            .map((n) => `"${n}"`)
            .join(', ');
        const more = names.length > LISTED_NAMES ? ` and ${names.length - LISTED_NAMES} more` : '';
        const count = `${names.length} test${names.length === 1 ? '' : 's'}`;
        findings.push({
            rule: 'test-deleted',
            severity: 'block',
            message: fileDeleted
                ? `Test file deleted with ${count} the change does not declare again: ${quoted}${more}.`
                : `${count} removed and not declared again anywhere in the change: ${quoted}${more}.`,
            path,
            line: list[0].anchor ?? undefined,
            evidence: { tests: names.slice(0, 50), count: names.length, fileDeleted },
            why: WHY$4,
            fix: FIX$4
        });
    }
    return { findings, unpairedLines, newTests: [...unmatchedAdded] };
}
const WHY$4 = 'A deleted test cannot fail: the behaviour it checked is no longer verified.';
const FIX$4 = 'Keep the test (fix it instead), or have a maintainer approve the deletion.';
/** Takes the first still unmatched candidate (one in the same file first) out of `pool`. */
function claim(removed, candidates, pool) {
    const open = candidates.filter((c) => pool.has(c));
    const found = open.find((c) => c.path === removed.path) ?? open[0];
    if (found === undefined)
        return false;
    pool.delete(found);
    return true;
}
/** Shared body lines over all body lines (Jaccard); 0 when either body is too short to tell. */
function similarity(before, after) {
    if (before.size < 2 || after.size < 2)
        return 0;
    let common = 0;
    for (const line of before)
        if (after.has(line))
            common++;
    return common / (before.size + after.size - common);
}
function bodyLines(d) {
    const out = new Set();
    const hunk = d.lines.hunks[d.hunk];
    for (let k = d.from + 1; k < d.to; k++) {
        const text = normalized(contentAt(hunk, k));
        if (/\w/.test(text))
            out.add(text);
    }
    return out;
}
/**
 * The lines of some tests, asked about line by line: each file's tests as ranges of line ids,
 * sorted on the first question (most changes have no edited test line to ask about).
 */
class UnpairedLines {
    #tests;
    #ranges;
    constructor(tests) {
        this.#tests = tests;
    }
    /** True when `line`, one of `lines`, belongs to one of the tests. */
    has(lines, line) {
        const ranges = (this.#ranges ??= rangesOf(this.#tests)).get(lines);
        if (ranges === undefined)
            return false;
        const id = lines.idOfLine(line);
        if (id === undefined)
            return false;
        // The last range starting at or before `id` (ranges do not overlap), then whether it ends after.
        let lo = 0;
        let hi = ranges.length / 2;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (ranges[mid * 2] <= id)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && id < ranges[lo * 2 - 1];
    }
}
/** Per file, the tests' line ids as `[from, to, from, to, ...]`, rising. */
function rangesOf(tests) {
    const byFile = new Map();
    for (const d of tests) {
        const list = byFile.get(d.lines) ?? [];
        list.push([d.lines.idOf(d.hunk, d.from), d.lines.idOf(d.hunk, d.to)]);
        byFile.set(d.lines, list);
    }
    const out = new Map();
    for (const [lines, list] of byFile)
        out.set(lines, list.sort((a, b) => a[0] - b[0]).flat());
    return out;
}
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}

const TESTS_AND_CONFIG = ['test', 'testConfig'];
const COMMANDS = ['script', 'ci', 'testConfig'];
const RETRY_KNOBS = [
    retry('jest.retryTimes', /\bjest\.retryTimes\(\s*(?<value>\d+)/, TESTS_AND_CONFIG),
    retry('this.retries', /\bthis\.retries\(\s*(?<value>\d+)/, ['test']),
    retry('retries', /(?<![\w-])["']?retries["']?\s*[:=]\s*(?<value>\d+)/, [
        'test',
        'testConfig',
        'ci'
    ]),
    retry('retry', /(?<![\w-])["']?retry["']?\s*:\s*(?<value>\d+)/, ['test', 'testConfig', 'ci']),
    retry('runMode', /["']?\brunMode["']?\s*:\s*(?<value>\d+)/, ['testConfig']),
    retry('--retries', /--retries[=\s]+(?<value>\d+)/, COMMANDS),
    retry('vitest --retry', /\bvitest\b.{0,200}?--retry[=\s]+(?<value>\d+)/, COMMANDS),
    retry('reruns', /(?<![\w-])reruns\s*=\s*(?<value>\d+)/, TESTS_AND_CONFIG),
    retry('--reruns', /--reruns[=\s]+(?<value>\d+)/, COMMANDS),
    retry('max_runs', /\bmax_runs\s*=\s*(?<value>\d+)/, ['test']),
    {
        ...retry('flaky', /@(?:pytest\.mark\.)?flaky\b(?!\s*\(\s*(?:reruns|max_runs))/, ['test']),
        implicit: 1
    },
    { ...retry('--rerun-fails', /--rerun-fails(?:[=\s]+(?<value>\d+))?/, COMMANDS), implicit: 2 },
    retry('@RetryingTest', /@RetryingTest\(\s*(?:maxAttempts\s*=\s*)?(?<value>\d+)/, ['test']),
    retry('rerunFailingTestsCount', /rerunFailingTestsCount\W{0,3}(?<value>\d+)/, COMMANDS),
    retry('maxRetries', /\bmaxRetries(?:\.set\(|\s*=\s*|\s*\(\s*)(?<value>\d+)/, ['testConfig']),
    retry('max_attempts', /\bmax_attempts\s*:\s*(?<value>\d+)/, ['ci']),
    { ...retry('retry action', /\buses:\s*[\w.-]+\/[\w.-]*retry[\w.-]*@/i, ['ci']), implicit: 1 }
];
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const TIMEOUT_KNOBS = [
    {
        kind: 'call',
        pattern: /\b(?<key>jest\.setTimeout|this\.timeout|test\.setTimeout)\(\s*(?<value>[\d_]+)/,
        scopes: TESTS_AND_CONFIG,
        looser: 'higher',
        absent: 'unknown',
        absentByKey: {
            'jest.settimeout': 5 * SECOND,
            'this.timeout': 2 * SECOND,
            'test.settimeout': 30 * SECOND
        }
    },
    timeout('.timeout()', /\)\s*\.timeout\(\s*(?<value>[\d_]+)/, ['test:js'], 2 * SECOND),
    timeout('test timeout argument', /^\s*\}\s*(?:\)\s*)?,\s*(?<value>\d[\d_]{2,})\s*\)\s*(?:;\s*)?$/, ['test:js'], 5 * SECOND),
    {
        kind: 'key',
        pattern: /(?<![\w-])["']?(?<key>[A-Za-z_]*[Tt]imeout(?:[-_]?[Mm]inutes|[-_]?[Ss]econds|Ms)?)["']?\s*[:=]\s*["']?(?<value>\d[\d_]*(?:\.\d+)?)\s*(?<unit>ms|s|m|min|h)?\b/,
        scopes: ['test', 'testConfig', 'ci'],
        looser: 'higher',
        absent: 'unknown',
        absentByKey: {
            testtimeout: 5 * SECOND,
            hooktimeout: 10 * SECOND,
            defaultcommandtimeout: 4 * SECOND,
            'timeout-minutes': 360 * MINUTE
        }
    },
    {
        ...timeout('@pytest.mark.timeout', /\bpytest\.mark\.timeout\(\s*(?:timeout\s*=\s*)?(?<value>\d+(?:\.\d+)?)/, ['test:python'], 'unknown'),
        unitMs: SECOND
    },
    timeout('--timeout', /--timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)?\b/, COMMANDS, 'unknown'),
    timeout('--testTimeout', /--testTimeout[=\s]+(?<value>\d+)/, COMMANDS, 5 * SECOND),
    timeout('go test -timeout', /(?<![\w-])-timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)\b/, ['script', 'ci'], 10 * MINUTE),
    timeout('@Timeout', /@Timeout\(\s*(?:value\s*=\s*)?(?<value>\d+)/, ['test:java'], 'unbounded'),
    timeout('nextest slow-timeout', /\bslow-timeout\s*=\s*(?:\{\s*period\s*=\s*)?"(?<value>\d+)(?<unit>ms|s|m|h)"/, ['testConfig'], 60 * SECOND)
];
const COVERAGE_KNOBS = [
    {
        kind: 'coverage threshold',
        pattern: /["']?\b(?<key>branches|functions|lines|statements)["']?\s*:\s*(?<value>\d+(?:\.\d+)?)/,
        scopes: ['coverage:js'],
        looser: 'lower',
        absent: 0
    },
    coverage('fail_under', /\bfail_under\s*=\s*(?<value>\d+(?:\.\d+)?)/, ['coverage:python']),
    coverage('--cov-fail-under', /--cov-fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, [
        ...COMMANDS,
        'coverage:python'
    ]),
    coverage('--fail-under', /(?<![\w-])--fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, COMMANDS),
    {
        kind: 'coverage threshold',
        pattern: /--coverage\.thresholds\.(?<key>\w+)[=\s]+(?<value>\d+(?:\.\d+)?)/,
        scopes: COMMANDS,
        looser: 'lower',
        absent: 0
    },
    coverage('codecov target', /\btarget\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/, ['coverage:codecov']),
    {
        kind: 'codecov threshold',
        pattern: /\bthreshold\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/,
        scopes: ['coverage:codecov'],
        looser: 'higher',
        absent: 0
    }
];
const SHELL = ['script', 'ci', 'testConfig'];
const MASK_MARKERS = [
    {
        label: 'continue-on-error: true',
        pattern: /\bcontinue-on-error\s*:\s*(?:["']?true\b|\$\{\{(?!\s*false\s*\}\}))/,
        scopes: ['ci']
    },
    { label: 'shell: bash {0}', pattern: /\bshell\s*:\s*["']?bash\s+\{0\}/, scopes: ['ci'] },
    {
        label: 'make `-` prefix',
        pattern: /^\t[@+]*-[@+]*\s*[A-Za-z$(.]/,
        scopes: ['script']
    },
    { label: 'allow_failure: true', pattern: /\ballow_failure\s*:\s*true\b/, scopes: ['ci'] },
    { label: 'soft_fail', pattern: /\bsoft_fail\s*:\s*(?:true\b|\[)/, scopes: ['ci'] },
    { label: 'continueOnError: true', pattern: /\bcontinueOnError\s*:\s*true\b/, scopes: ['ci'] },
    { label: 'catchError', pattern: /\bcatchError\s*\(|\breturnStatus\s*:\s*true\b/, scopes: ['ci'] },
    { label: '|| true', pattern: /\|\|\s*(?:true|:)(?=\s*(?:$|[;&|)"'`]))/, scopes: SHELL },
    { label: '|| exit 0', pattern: /\|\|\s*exit\s+0\b/, scopes: SHELL },
    { label: '|| echo', pattern: /\|\|\s*echo\b/, scopes: SHELL },
    { label: 'set +e', pattern: /\bset\s+\+e\b|\bset\s+\+o\s+errexit\b/, scopes: SHELL },
    {
        label: '--passWithNoTests',
        pattern: /--passWithNoTests\b(?!\s*=\s*false)|\bpassWithNoTests["']?\s*:\s*true\b/,
        scopes: SHELL
    },
    { label: '--pass-with-no-tests', pattern: /--pass-with-no-tests\b/, scopes: SHELL },
    {
        label: '--suppress-no-test-exit-code',
        pattern: /--suppress-no-test-exit-code\b/,
        scopes: SHELL
    },
    { label: '--exit-zero', pattern: /--exit-zero\b/, scopes: SHELL },
    { label: 'fail_ci_if_error: false', pattern: /\bfail_ci_if_error\s*:\s*false\b/, scopes: ['ci'] },
    {
        label: 'informational: true',
        pattern: /\binformational\s*:\s*true\b/,
        scopes: ['coverage:codecov']
    },
    {
        label: 'check-coverage: false',
        pattern: /["']?check-coverage["']?\s*[:=]\s*false\b/,
        scopes: ['coverage:js']
    }
];
/** A command and its flag are looked for within 200 characters: a bounded scan per command word. */
const SNAPSHOT_UPDATE_MARKERS = [
    {
        label: '--updateSnapshot',
        pattern: /--updateSnapshot\b|--update-snapshots?\b|--snapshot-update\b/,
        scopes: SHELL
    },
    { label: '-u', pattern: /\b(?:jest|vitest|test)\b.{0,200}?\s-u(?=\s|$|["'])/, scopes: SHELL },
    { label: 'go test -update', pattern: /\bgo\s+test\b.{0,200}?\s-update\b/, scopes: SHELL },
    {
        label: 'INSTA_UPDATE',
        pattern: /\bINSTA_UPDATE\s*[:=]\s*["']?(?:always|unseen|new)\b/,
        scopes: SHELL
    },
    {
        label: 'updateSnapshot: all',
        pattern: /\bupdateSnapshot\s*:\s*['"]?(?:all|new)\b/,
        scopes: ['testConfig']
    }
];
function retry(kind, pattern, scopes) {
    return { kind, pattern, scopes, looser: 'higher', absent: 0 };
}
function timeout(kind, pattern, scopes, absent) {
    return { kind, pattern, scopes, looser: 'higher', absent };
}
function coverage(kind, pattern, scopes) {
    return { kind, pattern, scopes, looser: 'lower', absent: 0 };
}
/** Cheap pre-checks: a line without these letters cannot hold a knob of the table. */
const RETRY_HINT = /[Rr]etr|rerun|runMode|max_runs|flaky|max_attempts/;
const TIMEOUT_HINT = /imeout|^\s*\}\s*(?:\)\s*)?,\s*\d/;
const COVERAGE_HINT = /branches|functions|lines|statements|fail.under|thresholds|target|threshold/;
const MASK_HINT = /^\t[@+]*-|bash\s+\{0|continue|allow_failure|soft_fail|catchError|returnStatus|\|\||set\s+\+|[Ww]ith-?[Nn]o-?[Tt]ests|suppress-no-test|exit-zero|fail_ci_if_error|informational|check-coverage/;
const SNAPSHOT_UPDATE_HINT = /[Uu]pdate|-u|INSTA/;
/** `set -e` and its spellings: removing one lets a script run on past a failing command. */
const ERREXIT = /\bset\s+-[a-df-z]*e|\bset\s+-o\s+errexit\b/;
const ERREXIT_HINT = /set\s+-/;

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
function loosenedKnobs(scanned, table, hint) {
    const applies = (knob) => knob.scopes.some((scope) => scanned.scopes.has(scope));
    if (!table.some(applies))
        return [];
    const changed = scanned.lines.hits(hint);
    if (changed.length === 0)
        return [];
    const knobs = table.filter(applies);
    const changes = [];
    const leftRemoved = [];
    const leftAdded = [];
    for (const { block, removed: removedLines, added: addedLines } of changed) {
        const removed = readings(removedLines, knobs, scanned, () => block.anchor);
        const added = readings(addedLines, knobs, scanned, (line) => line.newLine ?? block.anchor);
        if (removed.length === 0 && added.length === 0)
            continue;
        for (const kind of new Set([...removed, ...added].map((r) => r.kind))) {
            const before = removed.filter((r) => r.kind === kind);
            const after = added.filter((r) => r.kind === kind);
            const paired = Math.min(before.length, after.length);
            for (let i = 0; i < paired; i++)
                compare(before[i], after[i], changes);
            for (const item of before.slice(paired))
                leftRemoved.push(item);
            for (const item of after.slice(paired))
                leftAdded.push(item);
        }
    }
    for (const added of leftAdded) {
        const twin = leftRemoved.findIndex((r) => r.kind === added.kind && r.value === added.value);
        if (twin >= 0)
            leftRemoved.splice(twin, 1);
        else
            compare(null, added, changes);
    }
    for (const removed of leftRemoved)
        compare(removed, null, changes);
    return changes;
}
function readings(lines, knobs, scanned, lineOf) {
    const out = [];
    for (const line of lines) {
        const text = line.content;
        if (isComment(text, scanned.syntax))
            continue;
        for (const knob of knobs) {
            const m = codeMatch(text, knob.pattern, scanned.syntax.quotes);
            if (m === null)
                continue;
            const groups = m.groups ?? {};
            const key = groups.key?.toLowerCase();
            const rawValue = groups.value;
            const number = rawValue === undefined ? knob.implicit : Number(rawValue.replace(/_/g, ''));
            if (number === undefined || !Number.isFinite(number))
                continue;
            const unit = groups.unit ?? unitFromKey(key);
            const scale = unit ? UNIT_MS[unit] : (knob.unitMs ?? 1);
            out.push({
                kind: groups.key ?? knob.kind,
                knob,
                value: number * scale,
                text: m[0].trim(),
                absent: (key !== undefined ? knob.absentByKey?.[key] : undefined) ?? knob.absent,
                line: lineOf(line)
            });
        }
    }
    return out;
}
function unitFromKey(key) {
    if (key === undefined)
        return undefined;
    if (/minutes$/.test(key))
        return 'min';
    if (/seconds$/.test(key))
        return 's';
    if (/ms$/.test(key))
        return 'ms';
    return undefined;
}
function compare(before, after, out) {
    const reading = (after ?? before);
    const { absent } = reading;
    const missingSide = before === null || after === null;
    if (missingSide && absent === 'unknown')
        return;
    const fallback = absent === 'unbounded' ? Infinity : absent === 'unknown' ? NaN : absent;
    const from = before?.value ?? fallback;
    const to = after?.value ?? fallback;
    const looser = reading.knob.looser === 'higher' ? to > from : to < from;
    if (!looser)
        return;
    out.push({
        kind: reading.kind,
        from: before?.text ?? null,
        to: after?.text ?? null,
        defaultValue: missingSide && absent !== 'unknown' ? absent : null,
        line: reading.line
    });
}

function addedRetries(scanned) {
    return scanned.flatMap((file) => loosenedKnobs(file, RETRY_KNOBS, RETRY_HINT).map((change) => ({
        rule: 'test-retry-added',
        severity: 'warn',
        message: change.from === null
            ? `Retries added: \`${change.to}\`.`
            : `Retries raised from \`${change.from}\` to \`${change.to}\`.`,
        path: file.file.path,
        line: change.line,
        evidence: { setting: change.kind, from: change.from, to: change.to },
        why: 'A retried test passes when it fails only sometimes: the flakiness is hidden, not fixed.',
        fix: 'Find why the test fails intermittently and fix that; a maintainer approves retries.'
    })));
}
function raisedTimeouts(scanned) {
    return scanned.flatMap((file) => loosenedKnobs(file, TIMEOUT_KNOBS, TIMEOUT_HINT).map((change) => ({
        rule: 'timeout-raised',
        severity: 'warn',
        message: `A timeout is ${describe(change)}.`,
        path: file.file.path,
        line: change.line,
        evidence: {
            setting: change.kind,
            from: change.from,
            to: change.to,
            default: change.defaultValue
        },
        why: 'A longer timeout lets a slow or hanging run pass instead of failing.',
        fix: 'Find what got slower and fix it; a maintainer approves a deliberate increase.'
    })));
}
function describe(change) {
    const runnerDefault = change.defaultValue === 'unbounded'
        ? 'no limit'
        : `the default ${formatMs(change.defaultValue ?? 0)}`;
    if (change.from === null)
        return `raised from ${runnerDefault} to \`${change.to}\``;
    if (change.to === null)
        return `removed (\`${change.from}\`), so ${runnerDefault} applies`;
    return `raised from \`${change.from}\` to \`${change.to}\``;
}
function formatMs(ms) {
    if (ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    if (ms % 1000 === 0)
        return `${ms / 1000} s`;
    return `${ms} ms`;
}

function netAddedMarkers(scanned, markers, kindOf, hint) {
    const applies = (m) => m.scopes === undefined || m.scopes.some((s) => scanned.scopes.has(s));
    if (!markers.some(applies))
        return [];
    const changed = scanned.lines.hits(hint);
    if (changed.length === 0)
        return [];
    const applicable = markers.filter(applies);
    const removedCount = new Map();
    const removedTexts = new Map();
    const added = new Map();
    for (const block of changed) {
        for (const line of block.removed) {
            for (const marker of markersOn(line, applicable, kindOf, scanned)) {
                const kind = kindOf(marker);
                removedCount.set(kind, (removedCount.get(kind) ?? 0) + 1);
                listOf(removedTexts, kind).push(normalized(line.content));
            }
        }
        for (const line of block.added) {
            for (const marker of markersOn(line, applicable, kindOf, scanned)) {
                const kind = kindOf(marker);
                listOf(added, kind).push({ marker, line });
            }
        }
    }
    const hits = [];
    for (const [kind, list] of added) {
        const net = list.length - (removedCount.get(kind) ?? 0);
        if (net <= 0)
            continue;
        const before = [...(removedTexts.get(kind) ?? [])];
        const fresh = list.filter((hit) => {
            const twin = before.indexOf(normalized(hit.line.content));
            if (twin < 0)
                return true;
            before.splice(twin, 1);
            return false;
        });
        for (const item of (fresh.length >= net ? fresh : list).slice(0, net))
            hits.push(item);
    }
    return hits.sort((a, b) => (a.line.newLine ?? 0) - (b.line.newLine ?? 0));
}
/** The markers on one code line, one per kind. */
function markersOn(line, markers, kindOf, scanned) {
    if (isComment(line.content, scanned.syntax))
        return [];
    const found = [];
    const kinds = new Set();
    for (const marker of markers) {
        const kind = kindOf(marker);
        if (kinds.has(kind))
            continue;
        if (codeMatch(line.content, marker.pattern, scanned.syntax.quotes) !== null) {
            kinds.add(kind);
            found.push(marker);
        }
    }
    return found;
}
function listOf(map, key) {
    let list = map.get(key);
    if (list === undefined) {
        list = [];
        map.set(key, list);
    }
    return list;
}

const WHY$3 = 'A masked failure turns CI green without the code passing.';
function maskedFailures(scanned) {
    const findings = [];
    for (const file of scanned) {
        for (const { marker, line } of netAddedMarkers(file, MASK_MARKERS, (m) => m.label, MASK_HINT)) {
            findings.push({
                rule: 'ci-failure-masked',
                severity: 'block',
                message: maskMessage(marker.label, excerpt(line.content)),
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { kind: 'mask', marker: marker.label },
                why: WHY$3,
                fix: 'Remove it and fix the failure; a maintainer approves a deliberate exception.'
            });
        }
        const errexit = removedErrexit(file);
        if (errexit !== null)
            findings.push(errexit);
        for (const change of loosenedKnobs(file, COVERAGE_KNOBS, COVERAGE_HINT)) {
            const what = change.to === null
                ? `removed (\`${change.from}\`)`
                : change.from === null
                    ? `loosened: \`${change.to}\``
                    : `lowered from \`${change.from}\` to \`${change.to}\``;
            findings.push({
                rule: 'ci-failure-masked',
                severity: 'block',
                message: `A coverage threshold is ${what}.`,
                path: file.file.path,
                line: change.line,
                evidence: { kind: 'coverage', setting: change.kind, from: change.from, to: change.to },
                why: 'A lower coverage bar lets untested code through.',
                fix: 'Keep the threshold and add the missing tests; a maintainer approves a deliberate change.'
            });
        }
    }
    return findings;
}
function maskMessage(label, line) {
    return line === label
        ? `A failure is masked: \`${line}\``
        : `A failure is masked with \`${label}\`: \`${line}\``;
}
/** `set -e` (or `-o errexit`) removed from a script or CI step on net. */
function removedErrexit(file) {
    if (!file.scopes.has('script') && !file.scopes.has('ci'))
        return null;
    let net = 0;
    let first = null;
    for (const { block, removed, added } of file.lines.hits(ERREXIT_HINT)) {
        for (const line of removed) {
            if (isComment(line.content, file.syntax) || !ERREXIT.test(line.content))
                continue;
            net++;
            first ??= { anchor: block.anchor, text: line.content };
        }
        for (const line of added) {
            if (!isComment(line.content, file.syntax) && ERREXIT.test(line.content))
                net--;
        }
    }
    if (net <= 0 || first === null)
        return null;
    return {
        rule: 'ci-failure-masked',
        severity: 'block',
        message: `\`${excerpt(first.text)}\` is removed: a failing command no longer stops the script.`,
        path: file.file.path,
        line: first.anchor,
        evidence: { kind: 'errexit-removed', text: excerpt(first.text) },
        why: WHY$3,
        fix: 'Keep `set -e` and fix the failing command; a maintainer approves a deliberate change.'
    };
}

/** Names too common to tie a test to a change. */
const GENERIC = new Set(('src lib libs test tests spec specs app apps pkg internal cmd main java kotlin com org net ' +
    'python source sources packages package e2e unit integration utils util helpers helper ' +
    'common core shared components index mod init types type config fixtures support').split(' '));
const TEST_AFFIX = /[._-](?:test|tests|spec|specs|cy|e2e)$|^test[_-]|(?<=[a-z0-9])(?:Tests?|IT)$/;
function changeFootprint(files) {
    const paths = [];
    const stems = new Set();
    for (const file of files) {
        for (const path of file.oldPath && file.oldPath !== file.path
            ? [file.path, file.oldPath]
            : [file.path]) {
            const parts = path.split('/');
            const name = parts.at(-1).split('.')[0];
            paths.push(withoutExtension(path).toLowerCase());
            addStem(stems, name.replace(TEST_AFFIX, ''));
            if (parts.length > 1)
                addStem(stems, parts.at(-2));
        }
    }
    return { paths, stems };
}
/** `identity`: the test's name, and its class and file when known. */
function exercisesChange(identity, footprint) {
    for (const part of identity) {
        const normal = part.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
        const candidates = normal.includes('/')
            ? [withoutExtension(normal)]
            : /^[\w$]+(?:\.[\w$]+)+$/.test(normal)
                ? [normal.replace(/\./g, '/'), withoutExtension(normal)]
                : [];
        for (const candidate of candidates) {
            if (footprint.paths.some((p) => p === candidate || p.endsWith(`/${candidate}`)))
                return true;
        }
    }
    const text = identity.join(' ');
    const squashed = text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const tokens = new Set(text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/));
    for (const stem of footprint.stems) {
        if (stem.length >= 4 ? squashed.includes(stem) : tokens.has(stem))
            return true;
    }
    return false;
}
function addStem(stems, raw) {
    const stem = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (stem.length >= 3 && !GENERIC.has(stem))
        stems.add(stem);
}
function withoutExtension(path) {
    return path.replace(/\.[^./]+$/, '');
}

/** The timeline is read in a job summary: past this, rows without a flip are left out. */
const TIMELINE_ROWS = 50;
const LISTED_TESTS = 10;
const NAME_LENGTH = 200;
const SOURCE_TEXT = {
    manifest: 'failed and then passed on the same tree, with no code change in between (run manifest)',
    ci: 'failed and then passed on re-runs of the head commit (CI history)',
    junit: 'passed only on a rerun (JUnit reports)'
};
function rerunsToGreen(changeSet) {
    const parts = [];
    const manifest = changeSet.manifest.status === 'present' ? changeSet.manifest.manifest : null;
    if (manifest?.tests && manifest.tests.length > 0)
        parts.push(manifestFlips(manifest.tests));
    if (changeSet.ci)
        parts.push(ciFlips(changeSet.ci), reportFlips(changeSet.ci));
    const flips = parts.flatMap((p) => p.flips);
    const rows = parts.flatMap((p) => p.rows);
    const findings = [];
    if (flips.length > 0) {
        const footprint = changeFootprint(changeSet.files);
        for (const source of ['manifest', 'ci', 'junit']) {
            const fromSource = flips.filter((f) => f.source === source);
            const touching = fromSource.filter((f) => touches(f, footprint));
            const elsewhere = fromSource.filter((f) => !touching.includes(f));
            const headTree = changeSet.headTree ?? null;
            if (touching.length > 0)
                findings.push(finding$1(source, touching, true, headTree));
            if (elsewhere.length > 0)
                findings.push(finding$1(source, elsewhere, false, headTree));
        }
    }
    const timeline = shortTimeline(rows).map((row) => ({
        ...row,
        flipped: row.flipped.slice(0, LISTED_TESTS).map(clip)
    }));
    return { findings, timeline: timeline.length === 0 ? null : timeline };
}
/** A whole command or CI job runs the changed code's tests too, so it counts as touching it. */
function touches(flip, footprint) {
    return flip.suiteLevel || exercisesChange(flip.identity, footprint);
}
function finding$1(source, flips, touchesChange, headTree) {
    const listed = flips
        .slice(0, LISTED_TESTS)
        .map((f) => `${clip(f.test)} (${f.failed} → ${f.passed})`)
        .join('; ');
    const more = flips.length > LISTED_TESTS ? `; and ${flips.length - LISTED_TESTS} more` : '';
    const where = touchesChange
        ? 'It runs the code this change touches.'
        : 'It does not seem to run the changed code: flaky elsewhere?';
    const subject = flips.length === 1 ? '1 test' : `${flips.length} tests`;
    const evidence = source === 'manifest' ? ` ${evidenceText(flips, headTree)}` : '';
    return {
        rule: 'rerun-to-green',
        severity: touchesChange ? 'block' : 'warn',
        message: `${subject} ${SOURCE_TEXT[source]}: ${listed}${more}. ${where}${evidence}`,
        evidence: {
            source,
            tests: flips.slice(0, 50).map((f) => clip(f.test)),
            attempts: flips.slice(0, 50).map((f) => ({
                test: clip(f.test),
                failed: f.failed,
                passed: f.passed,
                ...(f.tree ? { tree: f.tree } : {}),
                ...(source === 'manifest'
                    ? {
                        recorded: f.recorded === true,
                        onHeadTree: headTree === null || !f.tree ? null : sameObject(f.tree, headTree)
                    }
                    : {})
            })),
            touchesChange
        },
        why: 'Green after a rerun with no change proves the test is flaky, not that the code works.',
        fix: touchesChange
            ? 'Find why the test fails intermittently in the changed code and fix it; a maintainer approves otherwise.'
            : 'Check the flaky test is unrelated to this change, and report it.'
    };
}
/** Which attempts `agent-pr-gate record` wrote and which the agent only claims, and on what tree. */
function evidenceText(flips, headTree) {
    const recorded = flips.filter((f) => f.recorded === true).length;
    const onHead = headTree === null ? 0 : flips.filter((f) => f.tree && sameObject(f.tree, headTree)).length;
    const who = recorded === flips.length
        ? 'Recorded by `agent-pr-gate record`'
        : recorded === 0
            ? 'Only claimed by the manifest (no `agent-pr-gate record` evidence)'
            : `${recorded} of ${flips.length} recorded by \`agent-pr-gate record\`, the rest only claimed`;
    const tree = headTree === null
        ? ''
        : onHead === flips.length
            ? ", on the head commit's exact tree"
            : onHead === 0
                ? ', on a tree other than the head'
                : `, ${onHead} of them on the head commit's exact tree`;
    return `${who}${tree}.`;
}
/** Tree ids may be abbreviated in a manifest: a prefix of 7+ hex digits names the same tree. */
function sameObject(claimed, full) {
    const a = claimed.toLowerCase();
    return a.length >= 7 && full.toLowerCase().startsWith(a);
}
function shortTimeline(rows) {
    if (rows.length <= TIMELINE_ROWS)
        return rows;
    const flipped = rows.filter((r) => r.flipped.length > 0).length;
    let others = Math.max(0, TIMELINE_ROWS - flipped);
    const keep = new Set();
    for (let i = rows.length - 1; i >= 0; i--) {
        const row = rows[i];
        if (row.flipped.length > 0)
            keep.add(row);
        else if (others > 0) {
            keep.add(row);
            others--;
        }
    }
    return rows.filter((r) => keep.has(r));
}
function clip(name) {
    return name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 3)}...` : name;
}

/**
 * What a changed file is to the verifier, decided from its path alone so that every other file is
 * skipped without reading a line: a test file (and its language), a snapshot, a CI definition, a
 * script that runs tests, a test-runner or coverage config.
 */
const JS_SOURCE = /\.[cm]?[jt]sx?$/;
const JS_TEST_NAME = /\.(?:test|spec|cy|e2e|e2e-spec|e2e-test|unit|int|integration)\.[cm]?[jt]sx?$/;
const JS_TEST_DIR = /(?:^|\/)(?:__tests__|test|tests|e2e|spec|cypress\/(?:e2e|integration|component))\//;
const PY_TEST_NAME = /^(?:test_.*|.*_test|tests|conftest)\.py$/;
const PY_TEST_DIR = /(?:^|\/)tests?\//;
const JVM_SOURCE = /\.(?:java|kt)$/;
const JVM_TEST_NAME = /(?:Tests?|IT|TestCase)\.(?:java|kt)$/;
const JVM_TEST_DIR = /(?:^|\/)src\/(?:test|androidTest|integrationTest|testFixtures)\//;
const RUST_TEST_NAME = /^(?:tests|.*_tests?|test_.*)\.rs$/;
const RUST_TEST_DIR = /(?:^|\/)(?:tests|benches)\//;
const SNAPSHOT = /(?:^|\/)(?:__snapshots__|__image_snapshots__|snapshots)\/|-snapshots\/|\.(?:snap|ambr)$|(?:^|\/)testdata\/.*\.golden$/;
const CI = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.github\/actions\/.+\/action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines[^/]*\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.woodpecker(?:\.ya?ml|\/.+\.ya?ml))$|(?:^|\/)Jenkinsfile$/;
const SCRIPT_NAME = /^(?:Makefile|GNUmakefile|makefile|justfile|Justfile|Taskfile\.ya?ml|package\.json|tox\.ini)$|\.(?:mk|sh|bash)$/;
const TEST_CONFIG_NAME = /^(?:(?:jest|vitest|vite|playwright|cypress|karma|nyc|wdio)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.mocharc(?:\.[\w]+)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|cypress\.json|package\.json|pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|conftest\.py|\.coveragerc|nextest\.toml|pom\.xml|build\.gradle(?:\.kts)?|[.]?codecov\.ya?ml)$/;
const JS_COVERAGE_NAME = /^(?:(?:jest|vitest|vite|karma|nyc)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|package\.json)$/;
const PY_COVERAGE_NAME = /^(?:\.coveragerc|setup\.cfg|pyproject\.toml|tox\.ini)$/;
const CODECOV_NAME = /^[.]?codecov\.ya?ml$/;
function testLanguage(path) {
    const name = basename(path);
    if (JS_SOURCE.test(name)) {
        return JS_TEST_NAME.test(name) || JS_TEST_DIR.test(path) ? 'js' : null;
    }
    if (name.endsWith('.py'))
        return PY_TEST_NAME.test(name) || PY_TEST_DIR.test(path) ? 'python' : null;
    if (name.endsWith('_test.go'))
        return 'go';
    if (JVM_SOURCE.test(name)) {
        return JVM_TEST_NAME.test(name) || JVM_TEST_DIR.test(path) ? 'java' : null;
    }
    if (name.endsWith('.rs'))
        return RUST_TEST_NAME.test(name) || RUST_TEST_DIR.test(path) ? 'rust' : null;
    return null;
}
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt)$/;
/** A source file is a test or a test config only when its path says so. */
const CODE_ROLE = /test|spec|e2e|cy\.|unit\.|int\.|integration|cypress|\.conf|\.workspace\.|(?:^|\/)\.[^/]*$|IT\.(?:java|kt)$/i;
/** Configs, scripts, CI definitions, Rust sources and snapshots: the full rules decide. */
const OTHER_ROLE = /(?:^|\/)[^/.]+$|\.(?:ya?ml|json|toml|ini|cfg|xml|gradle|kts|sh|bash|mk|snap|ambr|golden|rs)$|rc(?:\.\w+)?$|snapshot/i;
/** A cheap first look (one or two regular expressions): most application files stop here. */
function mayHaveRole(path) {
    return CODE_FILE.test(path) ? CODE_ROLE.test(path) : OTHER_ROLE.test(path);
}
const NO_ROLES = {
    test: null,
    inlineTests: false,
    snapshot: false,
    ci: false,
    script: false,
    testConfig: false,
    coverage: null
};
/** The roles of a path, or null when the verifier has nothing to read in it. */
function fileRoles(path) {
    if (!mayHaveRole(path))
        return null;
    const name = basename(path);
    const snapshot = SNAPSHOT.test(path);
    const test = snapshot ? null : testLanguage(path);
    if (test !== null)
        return { ...NO_ROLES, test, testConfig: TEST_CONFIG_NAME.test(name) };
    const roles = {
        ...NO_ROLES,
        inlineTests: !snapshot && name.endsWith('.rs'),
        snapshot,
        ci: CI.test(path),
        script: SCRIPT_NAME.test(name),
        testConfig: TEST_CONFIG_NAME.test(name) || path.endsWith('.config/nextest.toml'),
        coverage: JS_COVERAGE_NAME.test(name)
            ? 'js'
            : PY_COVERAGE_NAME.test(name)
                ? 'python'
                : CODECOV_NAME.test(name)
                    ? 'codecov'
                    : null
    };
    const any = roles.inlineTests ||
        roles.snapshot ||
        roles.ci ||
        roles.script ||
        roles.testConfig ||
        roles.coverage !== null;
    return any ? roles : null;
}
function scopesOf(roles) {
    const scopes = new Set();
    const language = roles.test ?? (roles.inlineTests ? 'rust' : null);
    if (language) {
        scopes.add('test');
        scopes.add(`test:${language}`);
    }
    if (roles.testConfig)
        scopes.add('testConfig');
    if (roles.script)
        scopes.add('script');
    if (roles.ci)
        scopes.add('ci');
    if (roles.coverage)
        scopes.add(`coverage:${roles.coverage}`);
    return scopes;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

function scanFiles(files) {
    const scanned = [];
    for (const file of files) {
        const roles = fileRoles(file.path);
        if (roles === null)
            continue;
        const language = roles.test ?? (roles.inlineTests ? 'rust' : null);
        const scopes = scopesOf(roles);
        const lines = new FileLines(file.hunks.map(packedOf), gateFor(scopes, language));
        scanned.push({
            file,
            roles,
            scopes,
            language,
            syntax: syntaxOf(file.path, language),
            blocks: lines.blocks,
            lines
        });
    }
    return scanned;
}
/** Tables read with a hint, and the file scopes their rows apply in. */
const HINTED_TABLES = [
    [RETRY_KNOBS, RETRY_HINT],
    [TIMEOUT_KNOBS, TIMEOUT_HINT],
    [COVERAGE_KNOBS, COVERAGE_HINT],
    [MASK_MARKERS, MASK_HINT],
    [SNAPSHOT_UPDATE_MARKERS, SNAPSHOT_UPDATE_HINT]
];
const gates = new Map();
/** The gate for a file's language and scopes: few distinct ones, each made once. */
function gateFor(scopes, language) {
    const key = `${language}:${[...scopes].join()}`;
    let gate = gates.get(key);
    if (gate === undefined) {
        gate = gateOf(hintsFor(scopes, language));
        gates.set(key, gate);
    }
    return gate;
}
/**
 * The hints the rules test the file's lines against: its language's, and those of each table
 * with a row for one of its scopes. A rule asking about another hint still gets the right lines,
 * from a pass of its own.
 */
function hintsFor(scopes, language) {
    const hints = [];
    if (language !== null) {
        const markers = LANGUAGE_MARKERS[language];
        hints.push(markers.skipHint, markers.assertionHint, markers.declarationHint);
    }
    for (const [table, hint] of HINTED_TABLES) {
        if (table.some((row) => row.scopes === undefined || row.scopes.some((s) => scopes.has(s)))) {
            hints.push(hint);
        }
    }
    return hints;
}

const WHAT = {
    skip: 'A test is skipped or disabled',
    todo: 'A test is turned into a todo',
    xfail: 'A test is marked as expected to fail',
    only: 'A focused test (`.only`) is left in: every other test in the run is skipped'
};
const WHY$2 = 'A skipped test cannot fail, so a green run no longer says the code works.';
const FIX$3 = 'Fix the code or the test instead, or remove the marker; a maintainer approves a deliberate skip.';
/** A skip that names its condition in the marker itself. */
const CONDITIONAL_MARKER = /\b(?:skipIf|runIf|skipif|skipUnless|Enabled(?:If|On)\w*|Disabled(?:If|On)\w*|cfg_attr|assume(?:True|False|That))\b/;
/** A guard on the same line, before the marker (`if (!gc) this.skip()`). */
const GUARD_BEFORE = /\bif\b|\?|&&|\|\||\bunless\b/;
/** A line that opens a guarded block (`if not HAS_GPU:`, `if (process.env.CI) {`). */
const GUARD_LINE = /^\s*(?:\}\s*)?(?:if|elif|else|unless|when)\b/;
/** Decorators and annotations stack above a new declaration at most this deep. */
const DECORATOR_REACH = 6;
const CLOSER = /^\s*(?:[}\])]|end\b|$)/;
function skippedTests(scanned, newTests, unpairedLines) {
    const findings = [];
    for (const file of scanned) {
        if (file.language === null)
            continue;
        const { skips, skipHint } = LANGUAGE_MARKERS[file.language];
        const fresh = newTests.filter((d) => d.lines === file.lines);
        for (const { marker, line } of netAddedMarkers(file, skips, kindOf, skipHint)) {
            const inNewTest = file.file.status === 'added' || inNew(file.lines, line, fresh);
            const conditional = isConditional(file, line);
            const severity = !inNewTest || marker.kind === 'only' ? 'block' : conditional ? 'info' : 'warn';
            const what = inNewTest && marker.kind !== 'only'
                ? `${WHAT[marker.kind]} (a new test)`
                : WHAT[marker.kind];
            findings.push({
                rule: 'test-skipped',
                severity,
                message: `${what}: \`${excerpt(line.content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: {
                    marker: marker.kind,
                    text: excerpt(line.content),
                    newTest: inNewTest,
                    conditional
                },
                why: inNewTest
                    ? 'The test is new, so the skip hides no failure it had before; it still checks nothing while skipped.'
                    : WHY$2,
                fix: FIX$3
            });
        }
        if (file.file.status !== 'added')
            earlyReturns(file, unpairedLines, findings);
    }
    return findings;
}
function kindOf(marker) {
    return marker.kind;
}
/** The line is inside a new test, or in the decorators right above a new test's declaration. */
function inNew(lines, line, fresh) {
    const id = lines.idOfLine(line);
    if (id === undefined)
        return false;
    for (const d of fresh) {
        const from = lines.idOf(d.hunk, d.from);
        if (id >= from && id < lines.idOf(d.hunk, d.to))
            return true;
        if (id >= from || from - id > DECORATOR_REACH || id < lines.idOf(d.hunk, 0))
            continue;
        // Every line from the marker down to the declaration is added: they arrive together.
        const hunk = lines.hunks[d.hunk];
        let allAdded = true;
        for (let k = id - lines.idOf(d.hunk, 0); k < d.from && allAdded; k++) {
            allAdded = kindAt(hunk, k) === KIND_ADD;
        }
        if (allAdded)
            return true;
    }
    return false;
}
/** The skip names a condition, sits behind a guard on its line, or under a guarding line. */
function isConditional(file, line) {
    const text = line.content;
    if (CONDITIONAL_MARKER.test(text))
        return true;
    const marker = LANGUAGE_MARKERS[file.language].skips.find((s) => s.pattern.test(text));
    const at = marker === undefined ? -1 : text.search(marker.pattern);
    if (at > 0 && GUARD_BEFORE.test(text.slice(0, at)))
        return true;
    const above = lineAbove(file.lines, line);
    return above !== null && GUARD_LINE.test(above) && indentOf$1(above) < indentOf$1(text);
}
/** The nearest non-blank line above `line` on the new side of its hunk, or null. */
function lineAbove(lines, line) {
    const id = lines.idOfLine(line);
    const at = id === undefined ? null : lines.locate(id);
    if (at === null)
        return null;
    const hunk = lines.hunks[at.hunk];
    for (let k = at.k - 1; k >= 0; k--) {
        if (kindAt(hunk, k) === KIND_DEL)
            continue;
        const content = contentAt(hunk, k);
        if (content.trim() !== '')
            return content;
    }
    return null;
}
function indentOf$1(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
/**
 * An added bare `return` in an existing test with more of the test after it: the rest of the
 * test, its assertions included, no longer runs.
 */
function earlyReturns(file, unpairedLines, findings) {
    const { lines } = file;
    for (const block of lines.blocks) {
        if (block.addedCount === 0)
            continue;
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            if (kindAt(hunk, k) !== KIND_ADD)
                continue;
            const content = contentAt(hunk, k);
            if (!isBareReturn(content) || isComment(content, file.syntax))
                continue;
            const line = lines.line(block.hunk, k, content);
            if (unpairedLines.has(lines, line) || !codeFollows(hunk, k, indentOf$1(content)))
                continue;
            findings.push({
                rule: 'test-skipped',
                severity: 'block',
                message: `An early \`return\` skips the rest of a test: \`${excerpt(content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { marker: 'early-return', text: excerpt(content) },
                why: WHY$2,
                fix: 'Remove the early return and fix what made the test fail; a maintainer approves a deliberate skip.'
            });
        }
    }
}
/** The next new-side line after `k` is code at the same depth, not the end of the block. */
function codeFollows(hunk, k, indent) {
    for (let j = k + 1; j < hunk.count; j++) {
        if (kindAt(hunk, j) === KIND_DEL)
            continue;
        const content = contentAt(hunk, j);
        if (content.trim() === '')
            continue;
        return !CLOSER.test(content) && indentOf$1(content) >= indent;
    }
    return false;
}
/** A bare `return` (or `return;`) alone on its line: in a test body the lines after it never run. */
function isBareReturn(content) {
    const code = content.trim();
    return code === 'return' || code === 'return;';
}

/** Keys whose list names tests that do NOT run: an entry added skips tests. */
const EXCLUDING_KEYS = new Set([
    'testpathignorepatterns',
    'modulepathignorepatterns',
    'testignore',
    'norecursedirs',
    'collect_ignore',
    'collect_ignore_glob',
    'exclude',
    'ignore'
]);
/** Keys whose value names the tests that run: any edit may leave some out. */
const INCLUDING_KEYS = new Set([
    'testmatch',
    'testregex',
    'testpathpattern',
    'testpaths',
    'python_files',
    'python_functions',
    'python_classes',
    'include',
    'roots',
    'spec'
]);
/** Keys too common to mean test selection outside a JS test runner's own config file. */
const GENERIC_KEYS = new Set(['exclude', 'ignore', 'include', 'roots', 'spec']);
/** A JS test runner's config file, where `exclude` and `include` choose tests. */
const RUNNER_CONFIG = /(?:^|\/)(?:(?:jest|vitest|vite|playwright|cypress)(?:\.[\w-]+)?\.(?:config|workspace)\.[cm]?[jt]s|\.mocharc(?:\.\w+)?)$/;
/** Keys under which `exclude` and `include` are about something else than which tests run. */
const OTHER_PARENTS = new Set([
    'coverage',
    'typecheck',
    'build',
    'compileroptions',
    'watch',
    'server',
    'optimizedeps',
    'nyc',
    'c8',
    'rollupoptions'
]);
/** Runner flags in a command, or in pytest's `addopts`, that leave tests out. */
const SELECTION_FLAGS = [
    {
        label: 'pytest -k / -m',
        pattern: /(?:\bpytest\b|\baddopts\b).{0,200}?\s-(?:k|m)(?:\s+|=)\S/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'pytest --deselect / --ignore',
        pattern: /--deselect\b|--ignore(?:-glob)?[=\s]/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'jest/vitest path filter',
        pattern: /--testPathIgnorePatterns\b|--testPathPattern\b|--exclude\b|--testNamePattern\b|(?:jest|vitest)\b.{0,200}?\s-t\s/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'go test -run / -skip',
        pattern: /\bgo\s+test\b.{0,200}?\s-(?:run|skip)[=\s]/,
        scopes: ['script', 'ci']
    },
    {
        label: 'cargo test --skip',
        pattern: /\bcargo\s+test\b.{0,200}?--skip\b/,
        scopes: ['script', 'ci']
    }
];
const SELECTION_HINT = /-k|-m|deselect|ignore|testPath|exclude|NamePattern|-t\s|-run|-skip|--skip/;
const KEY = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]{0,80})["']?\s*[:=]/;
/** How far up a hunk the enclosing key of a list entry is looked for (bounded work per line). */
const KEY_REACH = 200;
const WHY$1 = 'Tests left out of the run cannot fail, so a green run no longer covers them.';
const FIX$2 = 'Keep the tests in the run and fix them; a maintainer approves a deliberate change to test selection.';
function bentSelection(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (!file.scopes.has('testConfig') && !file.scopes.has('script') && !file.scopes.has('ci')) {
            continue;
        }
        for (const { marker, line } of netAddedMarkers(file, SELECTION_FLAGS, (m) => m.label, SELECTION_HINT)) {
            findings.push(finding(file, line, `a runner flag leaves tests out (\`${marker.label}\`)`, marker.label));
        }
        if (file.scopes.has('testConfig')) {
            selectionKeys(file, RUNNER_CONFIG.test(file.file.path), findings);
        }
    }
    return findings;
}
/** Lines added under an excluding key, and lines changed under an including key, not moved. */
function selectionKeys(file, runnerConfig, findings) {
    const { lines } = file;
    const removedTexts = new Map();
    const addedTexts = new Set();
    for (const block of lines.blocks) {
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            const text = normalized(contentAt(hunk, k));
            if (kindAt(hunk, k) === KIND_ADD)
                addedTexts.add(text);
            else
                removedTexts.set(text, (removedTexts.get(text) ?? 0) + 1);
        }
    }
    for (const block of lines.blocks) {
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            const kind = kindAt(hunk, k);
            const content = contentAt(hunk, k);
            if (content.trim() === '' || isComment(content, file.syntax))
                continue;
            const key = selectionKeyOf(lines, block.hunk, k, runnerConfig);
            if (key === null)
                continue;
            const including = INCLUDING_KEYS.has(key);
            if (kind === KIND_ADD) {
                const text = normalized(content);
                const twin = removedTexts.get(text) ?? 0;
                if (twin > 0) {
                    removedTexts.set(text, twin - 1);
                    continue;
                }
                const what = including
                    ? `the tests \`${key}\` selects change`
                    : `\`${key}\` leaves more tests out`;
                findings.push(finding(file, lines.line(block.hunk, k, content), what, key));
            }
            else if (kind === KIND_DEL && including && !addedTexts.has(normalized(content))) {
                const line = lines.line(block.hunk, k, content);
                findings.push({
                    ...finding(file, line, `an entry of \`${key}\` is removed, so its tests no longer run`, key),
                    line: block.anchor
                });
            }
        }
    }
}
/**
 * The selection key a line sets or belongs to: its own key, else the key of the nearest
 * less-indented line above it on its side (a list entry), when that is one of the keys.
 */
function selectionKeyOf(lines, h, k, runnerConfig) {
    const hunk = lines.hunks[h];
    const content = contentAt(hunk, k);
    const own = KEY.exec(content);
    if (own !== null)
        return selectionKey(own[1], parentKey(lines, h, k), runnerConfig);
    const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD;
    const indent = indentOf(content);
    for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
        if (kindAt(hunk, j) === skip)
            continue;
        const above = contentAt(hunk, j);
        if (above.trim() === '' || indentOf(above) >= indent)
            continue;
        const key = KEY.exec(above);
        return key === null ? null : selectionKey(key[1], parentKey(lines, h, j), runnerConfig);
    }
    return null;
}
/** The key of the nearest less-indented line above line `k` (same side), or null. */
function parentKey(lines, h, k) {
    const hunk = lines.hunks[h];
    const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD;
    const indent = indentOf(contentAt(hunk, k));
    for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
        if (kindAt(hunk, j) === skip)
            continue;
        const above = contentAt(hunk, j);
        if (above.trim() === '' || indentOf(above) >= indent)
            continue;
        const key = KEY.exec(above);
        return key === null ? null : key[1].toLowerCase();
    }
    return null;
}
function selectionKey(raw, parent, runnerConfig) {
    const key = raw.toLowerCase().split('.').at(-1);
    if (!EXCLUDING_KEYS.has(key) && !INCLUDING_KEYS.has(key))
        return null;
    if (GENERIC_KEYS.has(key) && !runnerConfig)
        return null;
    if (parent !== null && OTHER_PARENTS.has(parent))
        return null;
    if (raw
        .toLowerCase()
        .split('.')
        .some((part) => OTHER_PARENTS.has(part)))
        return null;
    return key;
}
function indentOf(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function finding(file, line, what, setting) {
    return {
        rule: 'test-skipped',
        severity: 'block',
        message: `Test selection is narrowed: ${what}: \`${excerpt(line.content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker: 'selection', setting, text: excerpt(line.content) },
        why: WHY$1,
        fix: FIX$2
    };
}

const WHY = 'A rewritten snapshot accepts whatever the code now outputs, right or wrong.';
const FIX$1 = 'Check each snapshot change by hand and say why it is right in the PR; a maintainer approves it.';
/** A template literal passed to an inline-snapshot matcher opens on this line. */
const INLINE_OPEN = /InlineSnapshot\(\s*`/;
const INLINE_CLOSE = /`\s*\)/;
const INLINE_CALL = 'InlineSnapshot(';
function rewrittenSnapshots(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (file.roles.snapshot) {
            const finding = storedSnapshot(file);
            if (finding)
                findings.push(finding);
            continue;
        }
        if (file.language === 'js') {
            const line = inlineSnapshotEdit(file.lines);
            if (line !== null) {
                findings.push({
                    rule: 'snapshot-rewritten',
                    severity: 'warn',
                    message: 'An inline snapshot is rewritten in place.',
                    path: file.file.path,
                    line,
                    evidence: { kind: 'inline' },
                    why: WHY,
                    fix: FIX$1
                });
            }
        }
        for (const { marker, line } of netAddedMarkers(file, SNAPSHOT_UPDATE_MARKERS, (m) => m.label, SNAPSHOT_UPDATE_HINT)) {
            findings.push({
                rule: 'snapshot-rewritten',
                severity: 'warn',
                message: `The test command now updates snapshots (\`${marker.label}\`): \`${excerpt(line.content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { kind: 'update-flag', flag: marker.label },
                why: 'A run that rewrites its snapshots cannot fail on them.',
                fix: 'Remove the update flag from the command; update snapshots locally and review them.'
            });
        }
    }
    return findings;
}
function storedSnapshot(scanned) {
    const { file } = scanned;
    if (file.status === 'added')
        return null;
    const base = { rule: 'snapshot-rewritten', severity: 'warn', path: file.path };
    if (file.status === 'deleted') {
        return {
            ...base,
            message: 'A snapshot file is deleted.',
            evidence: { kind: 'deleted' },
            why: WHY,
            fix: FIX$1
        };
    }
    if (file.binary && file.status === 'modified') {
        return {
            ...base,
            message: 'A binary snapshot (an image) is replaced.',
            evidence: { kind: 'binary' },
            why: WHY,
            fix: FIX$1
        };
    }
    if (file.deletions === 0)
        return null;
    const first = scanned.blocks.find((b) => b.removedCount > 0);
    return {
        ...base,
        message: `A stored snapshot is rewritten: ${file.deletions} existing line${file.deletions === 1 ? '' : 's'} changed or removed.`,
        line: first?.anchor,
        evidence: { kind: 'rewritten', removedLines: file.deletions, addedLines: file.additions },
        why: WHY,
        fix: FIX$1
    };
}
/** The new-file line of the first removed line inside an inline snapshot, or null. */
function inlineSnapshotEdit(lines) {
    for (let h = 0; h < lines.hunks.length; h++) {
        // A hunk that never opens an inline snapshot has nothing inside one.
        if (!lines.mayInclude(h, INLINE_CALL))
            continue;
        const hunk = lines.hunks[h];
        let inside = false;
        let nextNewLine = hunk.newStart;
        for (let k = 0; k < hunk.count; k++) {
            const newLine = newLineAt(hunk, k);
            if (newLine !== null)
                nextNewLine = newLine + 1;
            const kind = kindAt(hunk, k);
            if (kind === KIND_ADD)
                continue;
            if (kind === KIND_DEL && inside)
                return Math.max(1, nextNewLine);
            const content = contentAt(hunk, k);
            if (content.includes(INLINE_CALL) && INLINE_OPEN.test(content)) {
                inside = !INLINE_CLOSE.test(content.slice(content.search(INLINE_OPEN)));
            }
            else if (inside && INLINE_CLOSE.test(content)) {
                inside = false;
            }
        }
    }
    return null;
}

const RULES$1 = [
    {
        id: 'rerun-to-green',
        defaultLevel: 'block',
        summary: 'A test failed, then passed on a rerun with no code change (blocks when it runs the changed code, else warns).'
    },
    {
        id: 'test-skipped',
        defaultLevel: 'block',
        summary: 'A skip, todo, expected-failure or `.only` marker is added.'
    },
    { id: 'test-retry-added', defaultLevel: 'warn', summary: 'Test retries are added or raised.' },
    {
        id: 'test-deleted',
        defaultLevel: 'block',
        summary: 'Test files or test cases are removed on net.'
    },
    {
        id: 'assertion-weakened',
        defaultLevel: 'block',
        summary: 'Fewer assertions, a looser matcher, or an assertion commented out.'
    },
    { id: 'timeout-raised', defaultLevel: 'warn', summary: 'A test or CI job timeout is raised.' },
    {
        id: 'snapshot-rewritten',
        defaultLevel: 'warn',
        summary: 'Stored snapshots are rewritten or set to update.'
    },
    {
        id: 'ci-failure-masked',
        defaultLevel: 'block',
        summary: 'A failure is made to pass (`continue-on-error`, `|| true`, ...) or coverage is lowered.'
    }
];
const verifierFamily = {
    name: 'verifier',
    rules: RULES$1,
    detect({ changeSet }) {
        const scanned = scanFiles(changeSet.files);
        const deleted = deletedTests(scanned);
        const reruns = rerunsToGreen(changeSet);
        const findings = [
            ...reruns.findings,
            ...skippedTests(scanned, deleted.newTests, deleted.unpairedLines),
            ...bentSelection(scanned),
            ...ciSkips(scanned),
            ...addedRetries(scanned),
            ...deleted.findings,
            ...weakenedAssertions(scanned, deleted.unpairedLines),
            ...raisedTimeouts(scanned),
            ...rewrittenSnapshots(scanned),
            ...maskedFailures(scanned)
        ];
        return reruns.timeline ? { findings, testTimeline: reruns.timeline } : { findings };
    }
};

/** The registry: every detector family, in report order. */
const FAMILIES = [
    scopeFamily,
    minimalityFamily,
    riskFamily,
    verifierFamily,
    manifestFamily,
    disciplineFamily,
    dataFamily
];
const RULES = FAMILIES.flatMap((family) => family.rules);
const META = new Map(RULES.map((meta) => [meta.id, meta]));
/**
 * The configured level replaces a detector's own severity; `off` drops the finding; an `info`
 * finding of a rule that is not quiet by default (an allowed refactor, say) stays
 * informational; a locked rule keeps blocking.
 */
function applyLevels(findings, input) {
    const out = [];
    for (const finding of findings) {
        const meta = META.get(finding.rule);
        const configured = input.config.rules[finding.rule];
        if (meta?.locked || configured === undefined)
            out.push(finding);
        else if (configured === 'off')
            continue;
        else if (finding.severity === 'info' && meta?.defaultLevel !== 'info')
            out.push(finding);
        else
            out.push(configured === finding.severity ? finding : { ...finding, severity: configured });
    }
    return out;
}
/** A locked rule set below block in the config: ignored, and the report says so. */
function lockedRuleNotes(rules) {
    const notes = [];
    for (const meta of RULES) {
        const configured = rules[meta.id];
        if (meta.locked && configured !== undefined && configured !== 'block') {
            notes.push(`rules.${meta.id} is set to ${configured}, which is ignored: ${meta.id} is locked and always blocks, so an agent cannot loosen its own supervision.`);
        }
    }
    return notes;
}
/** Runs every family on the change and scores its minimality. Pure and deterministic. */
function analyze(input) {
    const raw = [];
    let splitPlan = null;
    let testTimeline = null;
    for (const family of FAMILIES) {
        const result = family.detect(input);
        for (const finding of result.findings)
            raw.push(finding);
        if (result.splitPlan)
            splitPlan = result.splitPlan;
        if (result.testTimeline)
            testTimeline = result.testTimeline;
    }
    const levelled = applyLevels(raw, input);
    const score = scoreMinimality(input, levelled);
    const findings = quietSmallNoise(input, levelled, score);
    // low-minimality needs every other finding first; its severity is final (config applied).
    const low = lowMinimalityFinding(input, score);
    if (low)
        findings.push(low);
    return { findings, score, splitPlan, testTimeline };
}

function covers(grant, finding) {
    if (grant.covers === 'all')
        return true;
    return finding.category !== undefined && grant.covers.category === finding.category;
}
/**
 * The decision, pure: findings + policy + verified approval -> verdict. Enforced findings (the
 * gate's own supervision) block in every mode and even on skipped changes, until approved.
 */
function decide(findings, policy, approval) {
    const notes = [...policy.notes];
    const considered = policy.skipped === null ? findings : findings.filter((f) => f.enforced);
    const blocking = [];
    const approved = [];
    const usedGrants = new Set();
    let softened = 0;
    let warnings = 0;
    for (const finding of considered) {
        if (finding.severity === 'info')
            continue;
        if (finding.severity === 'warn') {
            warnings++;
            continue;
        }
        const grant = approval.grants.find((g) => covers(g, finding));
        if (grant) {
            usedGrants.add(grant);
            approved.push(finding);
        }
        else if (finding.enforced || policy.mode === 'enforce') {
            blocking.push(finding);
        }
        else {
            softened++;
        }
    }
    for (const grant of approval.grants) {
        if (usedGrants.has(grant) || grant.covers === 'all')
            continue;
        notes.push(`The label ${grant.label} by ${grant.by} approves only ${grant.covers.category} findings; no blocking finding is in that category.`);
    }
    if (softened > 0) {
        notes.push(policy.mode === 'warn'
            ? `Mode is warn: ${softened} blocking finding(s) reported as warnings.`
            : `Mode is observe: ${softened} blocking finding(s) reported only.`);
    }
    let verdict = 'pass';
    if (blocking.length > 0)
        verdict = 'fail';
    else if (policy.mode !== 'observe' && (warnings > 0 || softened > 0))
        verdict = 'warn';
    return {
        verdict,
        mode: policy.mode,
        overridden: approved.length > 0 && blocking.length === 0,
        approval: approvalRecord([...usedGrants], approved),
        blocking,
        approved,
        skipped: policy.skipped,
        notes
    };
}
function approvalRecord(grants, approved) {
    if (grants.length === 0)
        return null;
    const primary = grants.find((g) => g.covers === 'all') ?? grants[0];
    const categories = new Set();
    for (const finding of approved)
        categories.add(finding.category ?? finding.rule);
    return {
        label: grants.map((g) => g.label).join(', '),
        by: [...new Set(grants.map((g) => g.by))].join(', '),
        role: primary.role,
        at: primary.at,
        headSha: primary.headSha,
        covers: [...categories].sort()
    };
}

/**
 * The one place secrets leave the report. Every string a renderer can print (messages, evidence,
 * excerpts, paths, notes) goes through `redactReport` before any renderer sees it: detectors that
 * quote a changed line (`it.skip(...)`, `|| true`, `jest -u`) need not know about secrets.
 */
/**
 * A documented token prefix and what follows it: catches a token an excerpt cut short, which no
 * longer has its format's full length.
 */
const TOKEN_PREFIX = /(?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_|xox[abposr]-|xapp-|[rs]k_live_|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|npm_|AKIA|ASIA|ABIA|ACCA|AIza|eyJ)(?=[A-Za-z0-9_.-]{8})/g;
/** Characters of base64, base64url and most token alphabets. */
function isTokenChar(code) {
    return ((code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 43 ||
        code === 45 ||
        code === 47 ||
        code === 61 ||
        code === 95);
}
/** The shortest run of token characters judged by shape alone (a cut key, a PEM body line). */
const MIN_RANDOM_RUN = 20;
/**
 * A run that reads as generated: upper and lower case and digits, at least two of each, and
 * varied. Hex digests (no upper case), paths and identifiers (few digits) do not qualify.
 */
function looksRandom(run) {
    let upper = 0;
    let lower = 0;
    let digit = 0;
    const seen = new Set();
    for (let i = 0; i < run.length; i++) {
        const code = run.charCodeAt(i);
        if (code >= 65 && code <= 90)
            upper++;
        else if (code >= 97 && code <= 122)
            lower++;
        else if (code >= 48 && code <= 57)
            digit++;
        seen.add(code);
    }
    return upper >= 2 && lower >= 2 && digit >= 2 && seen.size >= Math.min(16, run.length / 2);
}
/** Replaces every secret-shaped part of one line; the line is returned as is when none is. */
function redactLine(line) {
    const spans = [];
    const add = (start, end, shown) => {
        const value = line.slice(start, end);
        spans.push({ start, end, replacement: redact({ value, shown }) });
    };
    for (const candidate of findSecretsInLine(line, true)) {
        add(candidate.start, candidate.end, candidate.shown);
    }
    // an excerpt cut inside a quoted value leaves the quote open: close it and read again
    const open = unclosedQuote(line);
    if (open !== null) {
        for (const candidate of findSecretsInLine(line + open, true)) {
            add(candidate.start, Math.min(candidate.end, line.length), candidate.shown);
        }
    }
    TOKEN_PREFIX.lastIndex = 0;
    for (let m = TOKEN_PREFIX.exec(line); m !== null; m = TOKEN_PREFIX.exec(line)) {
        let end = m.index + m[0].length;
        while (end < line.length && isTokenChar(line.charCodeAt(end)))
            end++;
        add(m.index, end, m[0].slice(0, 4));
        TOKEN_PREFIX.lastIndex = end;
    }
    for (let start = 0; start < line.length;) {
        if (!isTokenChar(line.charCodeAt(start))) {
            start++;
            continue;
        }
        let end = start;
        while (end < line.length && isTokenChar(line.charCodeAt(end)))
            end++;
        if (end - start >= MIN_RANDOM_RUN && looksRandom(line.slice(start, end)))
            add(start, end, '');
        start = end;
    }
    if (spans.length === 0)
        return line;
    return applySpans(line, spans);
}
/** The quote character left open at the end of the line, if any. */
function unclosedQuote(line) {
    let open = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charAt(i);
        if (ch !== '"' && ch !== "'" && ch !== '`')
            continue;
        if (open === null)
            open = ch;
        else if (open === ch)
            open = null;
    }
    return open;
}
/** Overlapping spans merge into one; the text between them is kept. */
function applySpans(line, spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let kept = 0;
    let current = null;
    for (const span of spans) {
        if (current !== null && span.start < current.end) {
            if (span.end > current.end) {
                current = {
                    start: current.start,
                    end: span.end,
                    replacement: redact({ value: line.slice(current.start, span.end), shown: '' })
                };
            }
            continue;
        }
        if (current !== null) {
            out += line.slice(kept, current.start) + current.replacement;
            kept = current.end;
        }
        current = span;
    }
    if (current !== null) {
        out += line.slice(kept, current.start) + current.replacement;
        kept = current.end;
    }
    return out + line.slice(kept);
}
/** A text with every secret-shaped value on any of its lines redacted. */
function redactText(text) {
    if (!text.includes('\n'))
        return redactLine(text);
    return text.split('\n').map(redactLine).join('\n');
}
/** A copy of a JSON-shaped value with every string in it (keys too) redacted. */
function redactValue(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(redactValue);
    if (typeof value !== 'object' || value === null)
        return value;
    const copy = Object.create(null);
    for (const [key, child] of Object.entries(value))
        copy[redactText(key)] = redactValue(child);
    return Object.setPrototypeOf(copy, Object.prototype);
}
/** The report with every string a renderer may print redacted. */
function redactReport(report) {
    return redactValue(report);
}

const RULE_FAMILY = {
    'format-only': 'minimality',
    'import-reorder': 'minimality',
    'rename-symbol': 'minimality',
    'moved-code': 'minimality',
    'file-rename': 'minimality',
    'comment-only': 'minimality',
    'out-of-scope': 'minimality',
    'generated-churn': 'minimality',
    'low-minimality': 'minimality',
    'sensitive-path': 'risk',
    'secret-in-diff': 'risk',
    'workflow-privilege': 'risk',
    'agent-config-change': 'risk',
    'gate-config-change': 'risk',
    'dependency-change': 'risk',
    'rerun-to-green': 'verifier',
    'test-skipped': 'verifier',
    'test-retry-added': 'verifier',
    'test-deleted': 'verifier',
    'assertion-weakened': 'verifier',
    'timeout-raised': 'verifier',
    'snapshot-rewritten': 'verifier',
    'ci-failure-masked': 'verifier',
    'run-manifest-missing': 'discipline',
    'run-manifest-invalid': 'discipline',
    'action-budget': 'discipline',
    'untraced-change': 'discipline',
    'run-claim-mismatch': 'discipline',
    explanation: 'discipline',
    'incomplete-diff': 'data',
    'config-invalid': 'data'
};
/** The order of the architecture's rule table (2.4). */
const FAMILY_ORDER = [
    'minimality',
    'risk',
    'verifier',
    'discipline',
    'data'
];
const FAMILY_TITLE = {
    minimality: 'Minimality and refactors',
    risk: 'Risk surface',
    verifier: 'Verifier integrity',
    discipline: 'Run discipline',
    data: 'Data'
};
function familyOf(rule) {
    return RULE_FAMILY[rule];
}
const SEVERITY_RANK = { block: 0, warn: 1, info: 2 };
/** What the decision did with a finding (buildReport records it; severity is the fallback). */
function findingEffect(finding) {
    if (finding.effect !== undefined)
        return finding.effect;
    if (finding.severity === 'warn')
        return 'warning';
    if (finding.severity === 'info')
        return 'info';
    return 'blocking';
}
function summarizeVerdict(report) {
    const counts = {
        blocking: 0,
        approved: 0,
        softened: 0,
        warning: 0,
        info: 0
    };
    for (const finding of report.findings)
        counts[findingEffect(finding)] += 1;
    return {
        status: statusOf(report),
        blocking: counts.blocking,
        approved: counts.approved,
        softened: counts.softened,
        warnings: counts.warning,
        infos: counts.info
    };
}
function statusOf(report) {
    if (report.verdict === 'fail')
        return 'blocked';
    if (report.skipped !== null)
        return 'skipped';
    if (report.overridden)
        return 'approved';
    return report.verdict === 'warn' ? 'warned' : 'passed';
}
/** `1 finding`, `1,200 findings`: the count with thousands separators and the noun agreeing. */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
const FIX = 'a fix or an approval';
/**
 * The reason part of the verdict line, from counts only (no untrusted text), so every renderer
 * can print it as is.
 */
function verdictReason(summary, report) {
    const { blocking, approved, softened, warnings, infos } = summary;
    switch (summary.status) {
        case 'skipped':
            return 'the gate did not apply to this change';
        case 'approved':
            return `${plural(approved, 'blocking finding')} approved by a human`;
        case 'blocked':
            if (blocking === 0)
                return 'the gate failed closed, see the notes';
            return `${plural(blocking, 'finding')} ${blocking === 1 ? 'needs' : 'need'} ${FIX}`;
        case 'warned':
            if (softened > 0) {
                return `${plural(softened, 'finding')} would block in enforce mode (mode: ${report.mode})`;
            }
            return `${plural(warnings, 'finding')} to review`;
        case 'passed':
            if (softened + warnings > 0) {
                const reported = plural(softened + warnings, 'finding');
                return `${reported} reported, none blocks (mode: ${report.mode})`;
            }
            if (infos === 0)
                return 'no findings';
            return `${plural(infos, 'informational finding')}, none blocks`;
    }
}
const TEXT_VERDICT = {
    pass: 'PASS',
    warn: 'WARN',
    fail: 'FAIL (blocked)'
};
/** Terminal label: `PASS`, `WARN` or `FAIL (blocked)`, qualified when approved or skipped. */
function textStatus(report, status) {
    const word = TEXT_VERDICT[report.verdict];
    if (status === 'approved' || status === 'skipped')
        return `${word} (${status})`;
    return word;
}
/** Job-summary label of the verdict, a word a reviewer reads first. */
const MARKDOWN_STATUS = {
    skipped: 'Skipped',
    approved: 'Approved',
    blocked: 'Blocked',
    warned: 'Passed with warnings',
    passed: 'Passed'
};
/** Findings by rule family: families with blocking findings first, then in the 2.4 order. */
function groupByFamily(report) {
    const groups = FAMILY_ORDER.map((family) => ({ family, findings: [], blocking: 0 }));
    for (const finding of report.findings) {
        const group = groups[FAMILY_ORDER.indexOf(familyOf(finding.rule))];
        group.findings.push(finding);
        if (findingEffect(finding) === 'blocking')
            group.blocking += 1;
    }
    const present = groups.filter((group) => group.findings.length > 0);
    return [
        ...present.filter((group) => group.blocking > 0),
        ...present.filter((group) => group.blocking === 0)
    ];
}
/** `path:line`, `path:line-endLine`, `path`, or null for a change-wide finding. */
function locationOf(finding) {
    if (finding.path === undefined || finding.path === '')
        return null;
    if (finding.line === undefined)
        return finding.path;
    if (finding.endLine === undefined || finding.endLine <= finding.line) {
        return `${finding.path}:${finding.line}`;
    }
    return `${finding.path}:${finding.line}-${finding.endLine}`;
}
/** A SHA shortened the way git prints it; other refs as they are. */
function shortSha(ref) {
    return /^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
/** Hunk numbers as the analysis gives them; none listed means the whole file. */
/** Split-plan hunks are 0-based indexes into the file's hunks; people count from 1. */
function hunkList(hunks) {
    if (hunks.length === 0)
        return 'whole file';
    return `${hunks.length === 1 ? 'hunk' : 'hunks'} ${hunks.map((h) => h + 1).join(', ')}`;
}
/** Locations listed under one group before "and N more". */
const MAX_GROUP_LOCATIONS = 10;
/** Groups shown by the job summary and the terminal unless told otherwise (`--max-findings`). */
const DEFAULT_MAX_FINDING_GROUPS = 50;
/**
 * Groups findings in report order by rule, effect, category, why and fix. Grouping is for
 * people: JSON and SARIF keep every finding.
 */
function groupFindings(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const effect = findingEffect(finding);
        const key = JSON.stringify([
            finding.rule,
            effect,
            finding.category ?? null,
            finding.why ?? null,
            finding.fix ?? null,
            effect === 'blocking' ? (finding.approve ?? null) : null
        ]);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { rule: finding.rule, effect, findings: [finding] });
        else
            group.findings.push(finding);
    }
    return [...groups.values()];
}
/** The group's locations, at most `max`, and how many more there are. */
function groupLocations(group, max = MAX_GROUP_LOCATIONS) {
    const all = group.findings.map(locationOf).filter((l) => l !== null);
    const shown = all.slice(0, max);
    return { shown, more: all.length - shown.length };
}
/** The approval hint, only while the finding blocks: on anything else there is nothing to approve. */
function approvalHint(finding) {
    return findingEffect(finding) === 'blocking' ? finding.approve : undefined;
}
/**
 * A pass with nothing to act on: no warning, nothing blocking, approved or softened, the whole
 * change seen, not skipped, and no note. Info findings stay in the full report.
 */
function isClean(report) {
    return (report.verdict === 'pass' &&
        report.complete &&
        report.skipped === null &&
        report.approval === null &&
        report.notes.length === 0 &&
        report.approvalNotes.length === 0 &&
        report.findings.every((f) => findingEffect(f) === 'info'));
}
/** The one line a clean pass gets: the change's size and score, and how many info findings. */
function cleanLine(report) {
    const { files, additions, deletions } = report.stats;
    const infos = report.findings.length;
    const info = infos === 0 ? '' : `; ${plural(infos, 'informational finding')} in the full report`;
    return (`nothing to act on (${plural(files, 'file')}, +${additions.toLocaleString('en-US')} ` +
        `-${deletions.toLocaleString('en-US')}, minimality ${report.score.value}/100${info})`);
}

/** Said when a source marks the change incomplete without saying why. */
const UNKNOWN_INCOMPLETE_REASON = 'the source did not deliver the whole change';
/** The report every renderer reads, every string in it already redacted. */
function buildReport(input) {
    const { changeSet, analysis, verdict } = input;
    let additions = 0;
    let deletions = 0;
    for (const file of changeSet.files) {
        additions += file.additions;
        deletions += file.deletions;
    }
    const pr = changeSet.pr;
    return redactReport({
        version: 1,
        verdict: verdict.verdict,
        mode: verdict.mode,
        overridden: verdict.overridden,
        approval: verdict.approval,
        complete: changeSet.complete,
        incompleteReason: changeSet.complete
            ? null
            : (changeSet.incompleteReason ?? UNKNOWN_INCOMPLETE_REASON),
        score: analysis.score,
        stats: { files: changeSet.files.length, additions, deletions },
        findings: withEffects(analysis.findings, verdict).sort(compareFindings),
        pr: pr === null ? null : { number: pr.number, url: pr.url, headSha: pr.headSha },
        skipped: verdict.skipped,
        notes: distinct([...verdict.notes, ...(changeSet.ci?.notes ?? [])]),
        approvalNotes: [...input.approvalNotes],
        splitPlan: analysis.splitPlan,
        testTimeline: analysis.testTimeline,
        apiCalls: input.apiCalls,
        timingMs: { ...input.timingMs }
    });
}
/** Each finding carries what the decision did with it, so renderers never re-derive the policy. */
function withEffects(findings, verdict) {
    const blocking = new Set(verdict.blocking);
    const approved = new Set(verdict.approved);
    return findings.map((finding) => {
        let effect;
        if (finding.severity === 'warn')
            effect = 'warning';
        else if (finding.severity === 'info')
            effect = 'info';
        else if (blocking.has(finding))
            effect = 'blocking';
        else if (approved.has(finding))
            effect = 'approved';
        else
            effect = 'softened';
        return { ...finding, effect };
    });
}
/**
 * Severity (block, warn, info), then path, line, rule and message. Change-wide findings (no
 * path) come before file findings and file-level before line-level, so the order is total.
 */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareText(a.path ?? '', b.path ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
function distinct(lines) {
    return [...new Set(lines)];
}

/**
 * The engine both entry points share: analyze -> decide -> build the report. The action and the
 * CLI differ only in how they collect and where they publish.
 */
function runGate(input) {
    const started = performance.now();
    const analyzed = analyze({
        changeSet: input.changeSet,
        config: input.config,
        isAgent: input.isAgent
    });
    const analysis = input.collectFindings.length > 0
        ? { ...analyzed, findings: [...input.collectFindings, ...analyzed.findings] }
        : analyzed;
    const verdict = decide(analysis.findings, {
        mode: input.config.mode,
        skipped: input.skipped,
        notes: [...input.notes, ...lockedRuleNotes(input.config.rules)]
    }, input.approval);
    const analyzedAt = performance.now();
    const report = buildReport({
        changeSet: input.changeSet,
        analysis,
        verdict,
        timingMs: { collect: round(input.collectMs), analyze: round(analyzedAt - started), report: 0 },
        apiCalls: input.apiCalls,
        approvalNotes: input.approval.rejections
    });
    // Building the report is the report stage here; a publisher adds its own time on top.
    report.timingMs.report = round(performance.now() - analyzedAt);
    return { analysis, verdict, report };
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}

export { DEFAULT_CONFIG as D, FAMILIES as F, MARKDOWN_STATUS as M, NO_APPROVAL as N, RULES as R, analyze as a, buildReport as b, FAMILY_TITLE as c, decide as d, DEFAULT_MAX_FINDING_GROUPS as e, familyOf as f, groupByFamily as g, cleanLine as h, isClean as i, plural as j, shortSha as k, loadConfigFile as l, minimatch as m, groupFindings as n, findingEffect as o, parseConfig as p, locationOf as q, runGate as r, summarizeVerdict as s, hunkList as t, approvalHint as u, verdictReason as v, groupLocations as w, textStatus as x, round as y };
