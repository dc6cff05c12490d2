/**
 * The navigation entry a path belongs to: the longest href that is the path or one of its
 * parents, so "/compte/utilisateurs" is under "Utilisateurs", not "Mon compte", and an area's
 * home ("/", "/console") is current only on itself.
 */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter((href) => pathname === href || (href !== '/' && href !== '/console' && pathname.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
