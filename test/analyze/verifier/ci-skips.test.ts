import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const skips = (lines: string[]) =>
  findings('test-skipped', [file('.github/workflows/ci.yml', lines)])

describe('tests skipped at the CI level', () => {
  it("a test step's if: narrowed from != 'Linux' to == 'macOS'", () => {
    const [finding] = skips([
      '       - name: Run tests',
      "-        if: runner.os != 'Linux'",
      "+        if: runner.os == 'macOS'",
      '         run: npm test'
    ])
    expect(finding).toMatchObject({ severity: 'block', evidence: { marker: 'ci-condition' } })
    expect(finding!.message).toContain("runner.os != 'Linux'")
  })

  it('an if: added to a step that runs pytest', () => {
    const found = skips([
      '       - uses: actions/checkout@v4',
      '       - run: pytest -q',
      "+        if: matrix.python != '3.13'"
    ])
    expect(found).toHaveLength(1)
  })

  it('an if: on a step that does not run tests is not a skip', () => {
    expect(
      skips([
        '       - name: Upload coverage',
        "+        if: github.event_name == 'push'",
        '         uses: codecov/codecov-action@v4'
      ])
    ).toEqual([])
  })

  it('a matrix value dropped from a flow list', () => {
    const [finding] = skips([
      '     strategy:',
      '       matrix:',
      '-        os: [ubuntu-latest, windows-latest, macos-latest]',
      '+        os: [ubuntu-latest]',
      '     runs-on: ${{ matrix.os }}'
    ])
    expect(finding).toMatchObject({ evidence: { marker: 'matrix' } })
    expect(finding!.message).toContain('windows-latest, macos-latest')
  })

  it('a matrix value dropped from a block list', () => {
    const found = skips([
      '       matrix:',
      '         node:',
      '           - 20',
      '-          - 22',
      '           - 24'
    ])
    expect(found.map((f) => f.message).join()).toContain('22')
  })

  it('a matrix entry excluded', () => {
    const found = skips([
      '       matrix:',
      '         os: [ubuntu-latest, windows-latest]',
      '+        exclude:',
      '+          - os: windows-latest'
    ])
    expect(found.length).toBeGreaterThan(0)
  })

  it('a matrix value added is not a skip', () => {
    expect(
      skips(['       matrix:', '-        node: [20, 22]', '+        node: [20, 22, 24]'])
    ).toEqual([])
  })
})
