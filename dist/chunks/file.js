import { stat, readFile } from 'node:fs/promises';
import { C as ConfigError } from './errors2.js';

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

/**
 * Reads the config file. Its parser (YAML, JSON Schema validation; loader.ts) is loaded only when
 * there is a file to parse: a run on the defaults never compiles it.
 */
const CONFIG_MAX_BYTES = 1024 * 1024;
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
const FROZEN_DEFAULTS = deepFreeze(structuredClone(DEFAULT_CONFIG));
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
    const { parseConfig } = await import('./loader.js');
    return { config: parseConfig(text, path), source: path };
}

export { CONFIG_MAX_BYTES as C, DEFAULT_CONFIG as D, FROZEN_DEFAULTS as F, DEFAULT_SENSITIVE as a, deepFreeze as d, loadConfigFile as l };
