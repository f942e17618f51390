// The page the demo server answers with for any path it does not know.

/** A small, styled, English "not found" page that leads back to the site and the stress pages. */
export const notFound = () => `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found — Valmont</title><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/valmont.css"></head>
<body><main id="main" class="wrap stack not-found"><h1>Page not found</h1>
<p>There is no page at this address. Go to <a href="/en/">Valmont’s home page</a> (also in <a href="/fr/" lang="fr">français</a>, <a href="/es/" lang="es">español</a>, <a href="/ar/" lang="ar" dir="rtl">العربية</a>) or to the <a href="/stress/">stress pages</a>.</p></main></body>
</html>
`;
