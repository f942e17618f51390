<?php
/**
 * Settings › Strong Cities widgets: the default colour scheme, the `source` tag and where the
 * widgets' files come from.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'strong-cities-widgets';

/** Registers the option with the Settings API (saved through options.php, checked on the way in). */
function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		OPTION,
		array(
			'type'              => 'object',
			'default'           => default_settings(),
			'sanitize_callback' => __NAMESPACE__ . '\save_settings',
		)
	);
	add_settings_section( 'strong-cities-widgets-defaults', __( 'Defaults for every widget', 'strong-cities-widgets' ), '__return_false', SETTINGS_PAGE );
	add_settings_field( 'strong-cities-widgets-theme', __( 'Colour scheme', 'strong-cities-widgets' ), __NAMESPACE__ . '\theme_field', SETTINGS_PAGE, 'strong-cities-widgets-defaults', array( 'label_for' => 'strong-cities-widgets-theme' ) );
	add_settings_field( 'strong-cities-widgets-source', __( 'Source tag', 'strong-cities-widgets' ), __NAMESPACE__ . '\source_field', SETTINGS_PAGE, 'strong-cities-widgets-defaults', array( 'label_for' => 'strong-cities-widgets-source' ) );
	add_settings_section( 'strong-cities-widgets-delivery', __( 'Where the widgets come from', 'strong-cities-widgets' ), '__return_false', SETTINGS_PAGE );
	add_settings_field( 'strong-cities-widgets-delivery', __( 'Files', 'strong-cities-widgets' ), __NAMESPACE__ . '\delivery_field', SETTINGS_PAGE, 'strong-cities-widgets-delivery' );
}

/**
 * Checks submitted settings; a source tag the widget would refuse is reported and not saved.
 *
 * @param mixed $input Submitted settings.
 */
function save_settings( $input ): array {
	$source = is_array( $input ) && is_string( $input['source'] ?? null ) ? trim( $input['source'] ) : '';
	if ( '' !== $source && ! is_source_tag( $source ) ) {
		add_settings_error( OPTION, 'strong-cities-widgets-source', __( 'The source tag may hold only letters, digits, dots, underscores, tildes and hyphens, up to 64 characters. It was not saved.', 'strong-cities-widgets' ) );
		$input['source'] = settings()['source'];
	}
	return clean_settings( $input );
}

/** Adds the page under Settings. */
function add_settings_page(): void {
	add_options_page(
		__( 'Strong Cities widgets', 'strong-cities-widgets' ),
		__( 'Strong Cities widgets', 'strong-cities-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\render_settings_page'
	);
}

/**
 * A "Settings" link beside "Deactivate" in the plugin list.
 *
 * @param array $links The plugin's action links.
 */
function settings_link( $links ): array {
	$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
	return array_merge( array( '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'strong-cities-widgets' ) . '</a>' ), (array) $links );
}

/** The settings page. */
function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Add the widgets to any post or page from the block inserter (Strong Cities Network), or with their shortcodes, such as [scn_share_bar]. A widget set to its default follows these settings.', 'strong-cities-widgets' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( SETTINGS_PAGE );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/** The default colour scheme. */
function theme_field(): void {
	$current = settings()['theme'];
	$labels  = Generated\texts()['values'];
	printf( '<select id="strong-cities-widgets-theme" name="%s[theme]">', esc_attr( OPTION ) );
	printf( '<option value="">%s</option>', esc_html__( 'Follow the visitor’s light or dark preference', 'strong-cities-widgets' ) );
	foreach ( theme_values() as $theme ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $theme ), selected( $current, $theme, false ), esc_html( $labels[ $theme ] ?? $theme ) );
	}
	echo '</select>';
	printf( '<p class="description">%s</p>', esc_html__( 'Used by every widget whose own colour scheme is left at its default.', 'strong-cities-widgets' ) );
}

/** The `source` tag the membership call adds to its link. */
function source_field(): void {
	printf(
		'<input type="text" id="strong-cities-widgets-source" name="%s[source]" value="%s" class="regular-text" pattern="[A-Za-z0-9._~\-]{1,64}" maxlength="64" aria-describedby="strong-cities-widgets-source-help">',
		esc_attr( OPTION ),
		esc_attr( settings()['source'] )
	);
	printf(
		'<p class="description" id="strong-cities-widgets-source-help">%s</p>',
		esc_html__( 'Your city’s name, such as lyon. The membership call to action adds it to its link (utm_source) only when a visitor follows the link, so the network knows where new members come from. Letters, digits, dots, underscores, tildes and hyphens.', 'strong-cities-widgets' )
	);
}

/** Self-hosted files or the npm CDN. */
function delivery_field(): void {
	$current = settings()['delivery'];
	$embed   = Generated\embed();
	echo '<fieldset>';
	printf( '<legend class="screen-reader-text">%s</legend>', esc_html__( 'Files', 'strong-cities-widgets' ) );
	printf(
		'<label><input type="radio" name="%s[delivery]" value="local"%s> %s</label><p class="description">%s</p><br>',
		esc_attr( OPTION ),
		checked( $current, 'local', false ),
		esc_html__( 'From this site (recommended)', 'strong-cities-widgets' ),
		esc_html__( 'The widgets’ files ship inside the plugin and are served by your own site: visitors’ browsers contact no other host.', 'strong-cities-widgets' )
	);
	printf(
		'<label><input type="radio" name="%s[delivery]" value="cdn"%s> %s</label><p class="description">%s <code>%s</code></p>',
		esc_attr( OPTION ),
		checked( $current, 'cdn', false ),
		esc_html__( 'From the npm CDN (jsDelivr)', 'strong-cities-widgets' ),
		esc_html__( 'Visitors’ browsers fetch the same files, pinned to this version and checked with Subresource Integrity, from:', 'strong-cities-widgets' ),
		esc_html( $embed['cdn'] . 'loader.js' )
	);
	echo '</fieldset>';
}
