export function formatMoney(cents: number, currency: string): string {
  const amount = (cents / 100).toFixed(2)
  return currency + ' ' + amount
}

export function parseMoney(text: string): number {
  const [, amount] = text.split(' ')
  return Math.round(parseFloat(amount) * 100)
}
