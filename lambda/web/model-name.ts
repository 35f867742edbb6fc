/**
 * A readable name for a Bedrock model id: "jp.anthropic.claude-haiku-4-5-20251001-v1:0" becomes
 * "Claude Haiku 4.5", "jp.amazon.nova-2-lite-v1:0" "Amazon Nova 2 Lite" (the id stays the option's tooltip).
 */
export function modelName(id: string): string {
  const parts = id.split('.');
  if (parts.length < 2 || /local/i.test(id)) return id;
  const vendor = parts.length >= 3 ? parts[parts.length - 2] : parts[0];
  const words = parts[parts.length - 1].replace(/-v\d+(:\d+)?$/, '').replace(/-\d{8}$/, '').split('-');
  const out: string[] = [];
  for (const w of words) {
    // Version digits join with a dot: claude-haiku-4-5 -> Claude Haiku 4.5 (a lone number stays: nova-2-lite -> Nova 2 Lite).
    if (/^\d$/.test(w) && /^\d+(\.\d+)?$/.test(out[out.length - 1] ?? '') && !out[out.length - 1].includes('.')) out[out.length - 1] += `.${w}`;
    else out.push(/^\d/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1));
  }
  const name = out.join(' ');
  return vendor === 'amazon' || vendor === 'meta' || vendor === 'mistral' ? `${vendor.charAt(0).toUpperCase()}${vendor.slice(1)} ${name}` : name;
}
