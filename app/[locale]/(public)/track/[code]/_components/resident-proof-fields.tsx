/**
 * What every form on the tracking page sends to prove the request is the resident's: the reference code,
 * and the private link's secret when the page was opened with it (otherwise the phone look-up's cookie).
 */
export function ResidentProofFields({ code, secret }: { code: string; secret?: string }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      {secret ? <input type="hidden" name="k" value={secret} /> : null}
    </>
  );
}
