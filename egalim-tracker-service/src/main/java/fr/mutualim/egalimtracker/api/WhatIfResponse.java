package fr.mutualim.egalimtracker.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A canteen's figures and targets for the year as recorded, and as they would be after the changes.")
public record WhatIfResponse(SharesResponse current, SharesResponse simulated) {
}
